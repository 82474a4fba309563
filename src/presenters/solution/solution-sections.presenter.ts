import { SERVICE_FACT_GROUPS, type FactFormat } from '../facts/fact-definitions';
import { factAt, formatValue, presentSource, type SourceView } from '../facts/fact.presenter';
import { presentLevelBadge, type LevelBadgeView } from '../sovereignty/level-badge.presenter';
import { DIMENSIONS, type Dimension } from '../../domain/sovereignty/sovereignty.types';
import type { Solution } from '../../domain/solution/compose-solution';
import type { ComponentDimension } from '../../domain/solution/sovereignty-of-whole';
import type { SinglePointOfFailure } from '../../domain/solution/continuity';
import { STANDARDS } from '../../domain/solution/standards';
import { NOT_IN_CATALOGUE } from '../../domain/solution/requirement-checks';
import type { CoverageRow } from '../../domain/solution/coverage';
import {
  messageText,
  outcomeText,
  providerName,
  serviceName,
  serviceNames,
  slotName,
  type SolutionTextContext,
} from './solution-text';

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
        return { name: name(id), mandatory: s?.forumStandaardisatie?.source };
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

const FORMATS = new Map<string, FactFormat>(
  SERVICE_FACT_GROUPS.flatMap((g) => g.facts.map((f) => [f.path, f.format] as [string, FactFormat])),
);

export interface TermView {
  id: string;
  label: string;
  weakest: string;
  unknown: string;
  unverified: string;
  sources: SourceView[];
}

export function presentContracts(solution: Solution, ctx: SolutionTextContext) {
  const { t, lang } = ctx;
  const contracts = solution.contracts;
  const terms: TermView[] = contracts.terms.map((term) => {
    const format = FORMATS.get(term.id) ?? 'text';
    const value = (v: unknown) => formatValue(v, format, t, lang);
    const sources = term.weakest.flatMap((w) =>
      w.serviceIds.flatMap((id) => {
        const service = ctx.model.serviceById.get(id)?.service;
        const fact = service ? factAt(service, term.id) : undefined;
        return (fact?.sources ?? []).map((s) => {
          const view = presentSource(s, t, lang);
          return { ...view, label: `${serviceName(ctx, id)}: ${view.label}` };
        });
      }),
    );
    return {
      id: term.id,
      label: t(`facts.label.${term.id}`),
      weakest: term.weakest.length
        ? term.weakest.map((w) => `${value(w.value)} (${serviceNames(ctx, w.serviceIds)})`).join('; ')
        : t('solution.contracts.noneKnown'),
      unknown: serviceNames(ctx, term.unknown),
      unverified: term.unverified
        .map((w) => `${value(w.value)} (${serviceNames(ctx, w.serviceIds)})`)
        .join('; '),
      sources,
    };
  });
  const count = contracts.providers.length;
  return {
    summary: t('solution.contracts.summary', { providers: count, components: solution.components.length }),
    providers: contracts.providers.map((p) => ({
      name: providerName(ctx, p.providerId),
      services: serviceNames(ctx, p.serviceIds),
    })),
    terms,
    frameworks: contracts.frameworks.map((f) => ({
      name: f.agreement,
      services: serviceNames(ctx, f.serviceIds),
      count: f.serviceIds.length,
    })),
    outsideFrameworks: serviceNames(ctx, contracts.outsideFrameworks),
  };
}

function singlePointText(ctx: SolutionTextContext, p: SinglePointOfFailure): string {
  const services = serviceNames(ctx, p.serviceIds);
  if (p.kind === 'own') return ctx.t('solution.continuity.spof.own', { services });
  if (p.kind === 'service')
    return ctx.t('solution.continuity.spof.service', { base: serviceName(ctx, p.serviceId), services });
  return ctx.t('solution.continuity.spof.provider', { provider: providerName(ctx, p.providerId), services });
}

export function presentContinuity(solution: Solution, ctx: SolutionTextContext) {
  return {
    singlePoints: solution.continuity.singlePoints.map((p) => singlePointText(ctx, p)),
    exit: solution.continuity.exit.map((e) => ({
      service: serviceName(ctx, e.serviceId),
      level: e.level,
      badge: presentLevelBadge(e.level, ctx.t),
      missing: messageText(ctx, e.missing) ?? ctx.t('solution.continuity.exitComplete'),
      raise: e.raise.map((r) => messageText(ctx, r)).join(' '),
    })),
  };
}

/** The sources of facts of a service by path; `evidence.<scheme>` collects that scheme's entries. */
function factSources(ctx: SolutionTextContext, serviceId: string, paths: readonly string[]): SourceView[] {
  const service = ctx.model.serviceById.get(serviceId)?.service;
  if (!service) return [];
  return paths.flatMap((path) => {
    const sources = path.startsWith('evidence.')
      ? (service.evidence ?? [])
          .filter((e) => `evidence.${e.scheme}` === path)
          .flatMap((e) => e.sources ?? [])
      : (factAt(service, path)?.sources ?? []);
    return sources.map((s) => presentSource(s, ctx.t, ctx.lang));
  });
}

export function presentChecks(solution: Solution, ctx: SolutionTextContext) {
  const { t } = ctx;
  const checks = solution.checks.map((c) => ({
    id: c.id,
    label: t(`solution.checks.${c.id}`),
    outcome: c.outcome,
    outcomeText: outcomeText(ctx, c.outcome),
    reason: messageText(ctx, c.reason),
    components: c.components.map((cc) => {
      const reason = messageText(ctx, cc.reason) ?? '';
      return {
        service: serviceName(ctx, cc.serviceId),
        outcome: cc.outcome,
        outcomeText: outcomeText(ctx, cc.outcome),
        reason: cc.via ? t('solution.checks.via', { via: serviceName(ctx, cc.via), reason }) : reason,
        sources: factSources(ctx, cc.via ?? cc.serviceId, cc.facts ?? []),
      };
    }),
  }));
  const askProvider = NOT_IN_CATALOGUE.map((id) => ({
    id,
    label: t(`solution.checks.${id}`),
    outcomeText: t('solution.outcome.notInCatalogue'),
  }));
  return { checks, askProvider };
}
