import { presentSource } from '../facts/fact.presenter';
import { presentLevelBadge, type LevelBadgeView } from '../sovereignty/level-badge.presenter';
import { DIMENSIONS, type Dimension } from '../../domain/sovereignty/sovereignty.types';
import type { Solution } from '../../domain/solution/compose-solution';
import type { ComponentDimension } from '../../domain/solution/sovereignty-of-whole';
import { STANDARDS } from '../../domain/solution/standards';
import type { CoverageRow } from '../../domain/solution/coverage';
import {
  messageText,
  outcomeText,
  serviceName,
  serviceNames,
  slotName,
  type SolutionTextContext,
} from './solution-text';

/** Sections 1–3 of the solution page in words: coverage, sovereignty of the whole, integration. */

const serviceHref = (id: string) => `/services/${encodeURIComponent(id)}`;

export interface CoverageRowView {
  id: string;
  name: string;
  chosen?: { name: string; href: string };
  alsoBy: string;
  gap: boolean;
}

export function presentCoverage(solution: Solution, ctx: SolutionTextContext) {
  const row = (r: CoverageRow): CoverageRowView => ({
    id: r.slot.id,
    name: slotName(ctx, r.slot),
    chosen: r.chosen ? { name: serviceName(ctx, r.chosen), href: serviceHref(r.chosen) } : undefined,
    alsoBy: serviceNames(ctx, r.alsoBy),
    gap: r.gap,
  });
  const functions = solution.coverage.functions.map(row);
  const gaps = functions.filter((f) => f.gap).map((f) => f.name);
  return {
    functions,
    categories: solution.coverage.categories.map(row),
    gapsSummary: gaps.length
      ? ctx.t('solution.coverage.gaps', { count: gaps.length, functions: gaps.join(', ') })
      : ctx.t('solution.coverage.noGaps'),
    gaps,
  };
}

function limitText(ctx: SolutionTextContext, l: ComponentDimension): string {
  const cause = messageText(ctx, l.cause) ?? ctx.t('solution.sovereignty.top');
  const service = serviceName(ctx, l.serviceId);
  return l.via.length
    ? ctx.t('solution.sovereignty.limitVia', { service, via: serviceNames(ctx, l.via), cause })
    : ctx.t('solution.sovereignty.limit', { service, cause });
}

export interface DimensionView {
  id: Dimension;
  name: string;
  level?: number;
  badge?: LevelBadgeView;
  limiting: string[];
  undetermined?: string;
}

export function presentSovereignty(solution: Solution, ctx: SolutionTextContext) {
  const { t } = ctx;
  const whole = solution.sovereignty;
  const dimensions: DimensionView[] = DIMENSIONS.map((d) => {
    const dim = whole.dimensions[d];
    return {
      id: d,
      name: t(`sovereignty.dimensions.${d}`),
      level: dim.level,
      badge: dim.level === undefined ? undefined : presentLevelBadge(dim.level, t),
      limiting: dim.level === undefined ? [] : dim.limiting.map((l) => limitText(ctx, l)),
      undetermined: dim.undetermined.length
        ? t('solution.sovereignty.undetermined', { services: serviceNames(ctx, dim.undetermined) })
        : undefined,
    };
  });
  const overall = whole.overall;
  const summary =
    overall === undefined
      ? t('solution.sovereignty.none')
      : t('solution.sovereignty.summary', {
          level: overall,
          name: t(`sovereignty.levels.${overall}`),
          limits: whole.limitedBy
            .map((d) =>
              t('solution.sovereignty.limitedBy', {
                dimension: t(`sovereignty.dimensions.${d}`).toLowerCase(),
                components: dimensions.find((v) => v.id === d)?.limiting.join('; ') ?? '',
              }),
            )
            .join('; '),
        });
  return {
    overall: overall === undefined ? undefined : presentLevelBadge(overall, t),
    summary,
    provisional: whole.provisional ? t('solution.sovereignty.provisional') : undefined,
    dimensions,
  };
}

export function presentIntegration(solution: Solution, ctx: SolutionTextContext) {
  const { t } = ctx;
  const integration = solution.integration;
  const name = (id: string) => STANDARDS.byId.get(id)?.name ?? id;
  const pairs = integration.pairs.map((p) => ({
    kind: t(`solution.integration.kind.${p.kind}`),
    a: serviceName(ctx, p.a),
    b: serviceName(ctx, p.b),
    outcome: p.outcome,
    outcomeText: outcomeText(ctx, p.outcome),
    detail: p.sameComponent
      ? t('solution.integration.same')
      : p.shared.length
        ? t('solution.integration.shared', { standards: p.shared.map(name).join(', ') })
        : p.unknownSides.length
          ? t('solution.integration.unknownSides', { services: serviceNames(ctx, p.unknownSides) })
          : t('solution.integration.none', { standards: p.required.map(name).join(', ') }),
  }));
  const standards = solution.components.map(({ entry }) => {
    const known = integration.standards.get(entry.service.id);
    const fact = entry.service.exit?.openStandards;
    return {
      service: entry.service.name,
      known: known?.known ?? false,
      recognised: (known?.ids ?? []).map((id) => {
        const s = STANDARDS.byId.get(id);
        const forum = s?.forumStandaardisatie;
        return {
          name: name(id),
          mandatory: forum?.source,
          mandatoryUnverified: forum?.unverified !== undefined,
        };
      }),
      unrecognised: (known?.unrecognised ?? []).join(', '),
      unverified: (known?.unverified ?? []).join(', '),
      sources: (fact?.sources ?? []).map((s) => presentSource(s, t, ctx.lang)),
    };
  });
  return {
    outcome: integration.outcome,
    outcomeText: outcomeText(ctx, integration.outcome),
    noIdentity: integration.identity.length === 0 ? t('solution.integration.noIdentity') : undefined,
    pairs,
    standards,
  };
}
