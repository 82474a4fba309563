import { isSourced } from '../catalogue.types';
import { isEeaCountry } from '../eea';
import { checkCertificate } from '../broker/checks/certificate-check';
import type { MessageRef } from '../sovereignty/sovereignty.types';
import type { ServiceEntry } from '../../domain/catalogue/read-model';
import type { Component, Slot } from './composition';
import type { Integration, Outcome } from './integration';
import { runsOnClosure } from './infrastructure';
import { normaliseList, STANDARDS, type StandardsVocabulary } from './standards';

export type CheckId = 'iso27001' | 'dataInEea' | 'durableFormats' | 'integration';

/** Requirements of the strategy answer the catalogue holds no facts for: always "ask the provider". */
export const NOT_IN_CATALOGUE = ['bio', 'nis2'] as const;

export interface ComponentCheck {
  serviceId: string;
  outcome: Outcome;
  reason?: MessageRef;
  /** The service whose facts decided it, when not the component itself (its host or infrastructure). */
  via?: string;
  /** Paths of the facts behind the outcome in the deciding service ('data.locations', 'evidence.ISO27001'). */
  facts?: string[];
}

export interface SolutionCheck {
  id: CheckId;
  outcome: Outcome;
  /** Per component it applies to, in component order (empty for integration, see the pairs). */
  components: ComponentCheck[];
  reason?: MessageRef;
}

export interface CheckContext {
  serviceById: ReadonlyMap<string, ServiceEntry>;
  assessedOn: string;
  /** Whether a slot holds documents (a workplace function or a workplace category). */
  holdsRecords: (slot: Slot) => boolean;
  vocabulary?: StandardsVocabulary;
}

const r = (key: string, params?: MessageRef['params']): MessageRef =>
  params ? { key: `solution.reason.${key}`, params } : { key: `solution.reason.${key}` };

/**
 * The strategy answer's requirements (issue 17), each met / not met / unknown over the whole: not
 * met when one component is shown not to meet it, unknown when one is not shown either way, met
 * only when every component it applies to is shown to meet it.
 */
export function checkRequirements(
  components: readonly Component[],
  integration: Integration,
  ctx: CheckContext,
): SolutionCheck[] {
  const records = components.filter((c) => c.slots.some(ctx.holdsRecords));
  return [
    whole(
      'iso27001',
      components.map((c) => onInfrastructure(c, ctx, (e) => isoCheck(e, ctx))),
    ),
    whole(
      'dataInEea',
      components.map((c) => onInfrastructure(c, ctx, dataCheck, true)),
    ),
    whole(
      'durableFormats',
      records.map((c) => durableCheck(c.entry, ctx.vocabulary ?? STANDARDS)),
    ),
    {
      id: 'integration',
      outcome: integration.outcome,
      components: [],
      reason: integration.identity.length === 0 ? r('noIdentity') : undefined,
    },
  ];
}

function whole(id: CheckId, checks: ComponentCheck[]): SolutionCheck {
  const outcomes = checks.map((c) => c.outcome);
  const outcome: Outcome = outcomes.includes('notMet')
    ? 'notMet'
    : outcomes.includes('unknown') || outcomes.length === 0
      ? 'unknown'
      : 'met';
  return { id, outcome, components: checks, reason: checks.length === 0 ? r('noComponents') : undefined };
}

const RANK: Record<Outcome, number> = { met: 0, unknown: 1, notMet: 2 };

/**
 * A check of a component where it runs: software is checked on its host (the buyer's own data
 * centre is the buyer's: met for data, unknown for certificates); with `throughRunsOn` a service is
 * also checked on what it runs on, and the worst outcome counts.
 */
function onInfrastructure(
  component: Component,
  ctx: CheckContext,
  check: (entry: ServiceEntry) => Omit<ComponentCheck, 'serviceId'>,
  throughRunsOn = false,
): ComponentCheck {
  const serviceId = component.entry.service.id;
  if (component.software) {
    const host = component.host;
    if (!host) return { serviceId, outcome: 'unknown', reason: r('hostNotChosen') };
    if (host.kind === 'own') {
      return throughRunsOn
        ? { serviceId, outcome: 'met', reason: r('ownDataCentre') }
        : { serviceId, outcome: 'unknown', reason: r('ownCertification') };
    }
    const base = ctx.serviceById.get(host.serviceId);
    return base ? { serviceId, ...check(base), via: host.serviceId } : { serviceId, outcome: 'unknown' };
  }
  let result: ComponentCheck = { serviceId, ...check(component.entry) };
  if (!throughRunsOn) return result;
  for (const baseId of runsOnClosure(serviceId, ctx.serviceById)) {
    const base = ctx.serviceById.get(baseId);
    if (!base) continue;
    const below = check(base);
    if (RANK[below.outcome] > RANK[result.outcome]) result = { serviceId, ...below, via: baseId };
  }
  return result;
}

function isoCheck(entry: ServiceEntry, ctx: CheckContext): Omit<ComponentCheck, 'serviceId'> {
  const check = checkCertificate(entry, 'ISO27001', ctx.assessedOn);
  const facts = ['evidence.ISO27001'];
  if (check.outcome === 'met') return { outcome: 'met', reason: r('iso27001'), facts };
  return {
    outcome: check.outcome === 'notMet' ? 'notMet' : 'unknown',
    reason: check.cause ?? check.reason,
    facts,
  };
}

function dataCheck(entry: ServiceEntry): Omit<ComponentCheck, 'serviceId'> {
  const data = entry.service.data;
  const locations = data?.locations;
  if (!isSourced(locations) || locations.value.length === 0) {
    return { outcome: 'unknown', reason: r('dataLocationsUnknown') };
  }
  const facts = ['data.locations'];
  const outside = locations.value.filter((c) => !isEeaCountry(c));
  if (outside.length > 0) {
    return { outcome: 'notMet', reason: r('dataOutsideEea', { countries: outside.join(',') }), facts };
  }
  if (isSourced(data?.contractualEeaOnly) && data.contractualEeaOnly.value === false) {
    return { outcome: 'notMet', reason: r('contractAllowsTransfer'), facts: ['data.contractualEeaOnly'] };
  }
  return { outcome: 'met', reason: r('dataInEea', { countries: locations.value.join(',') }), facts };
}

/** Durable open formats among the sourced export formats and open standards (DUTO, Archiefwet). */
function durableCheck(entry: ServiceEntry, vocabulary: StandardsVocabulary): ComponentCheck {
  const serviceId = entry.service.id;
  const exit = entry.service.exit;
  const sourced = [exit?.exportFormats, exit?.openStandards].filter(isSourced);
  if (sourced.length === 0) return { serviceId, outcome: 'unknown', reason: r('exitUnknown') };
  const facts = ['exit.exportFormats', 'exit.openStandards'];
  const ids = normaliseList(
    sourced.flatMap((f) => f.value),
    vocabulary,
  ).ids;
  const durable = ids.filter((id) => vocabulary.byId.get(id)?.durable === true);
  const names = durable.map((id) => vocabulary.byId.get(id)?.name ?? id).join(', ');
  if (durable.length > 0) {
    return { serviceId, outcome: 'met', reason: r('durableFormats', { formats: names }), facts };
  }
  return { serviceId, outcome: 'notMet', reason: r('noDurableFormat'), facts };
}
