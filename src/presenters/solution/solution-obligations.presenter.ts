import { factFormatOf } from '../facts/fact-definitions';
import { factAt, formatValue, presentSource, type SourceView } from '../facts/fact.presenter';
import { presentLevelBadge } from '../sovereignty/level-badge.presenter';
import type { Solution } from '../../domain/solution/compose-solution';
import type { SinglePointOfFailure } from '../../domain/solution/continuity';
import { NOT_IN_CATALOGUE } from '../../domain/solution/requirement-checks';
import {
  messageText,
  outcomeText,
  providerName,
  serviceName,
  serviceNames,
  type SolutionTextContext,
} from './solution-text';

/** Sections 4–6 of the solution page in words: contracts, continuity and the requirement checks. */

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
    const format = factFormatOf(term.id) ?? 'text';
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
