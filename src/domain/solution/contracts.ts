import { isSourced, type Fact, type Service, type SwitchingCharges } from '../catalogue.types';
import type { Component } from './composition';

/** How the weakest value of a term is found across components. */
export type TermRule = 'lowest' | 'highest' | 'worst' | 'every';

type TermValue = number | string | boolean;

interface TermDefinition {
  /** Path of the fact in a service (its label is `facts.label.<path>`). */
  id: string;
  rule: TermRule;
  fact: (service: Service) => Fact<TermValue> | undefined;
  /** For `worst`: rank of a value, higher is weaker. */
  weakness?: (value: TermValue) => number;
}

const SWITCHING_WEAKNESS: Record<SwitchingCharges, number> = { none: 0, 'at-cost': 1, standard: 2 };

/**
 * The contract terms aggregated over a solution (issue 17) and the rule for each: the weakest
 * value is the lowest SLA and data-retrieval period, the longest notice and minimum term, the
 * costliest switching charges, a "no" on Data Act switching or a DPA; laws, courts and liability
 * caps are listed every one.
 */
export const CONTRACT_TERMS: readonly TermDefinition[] = [
  { id: 'contract.slaAvailabilityPct', rule: 'lowest', fact: (s) => s.contract?.slaAvailabilityPct },
  { id: 'contract.noticePeriodDays', rule: 'highest', fact: (s) => s.contract?.noticePeriodDays },
  { id: 'contract.minimumTermMonths', rule: 'highest', fact: (s) => s.contract?.minimumTermMonths },
  { id: 'contract.dataRetrievalDays', rule: 'lowest', fact: (s) => s.contract?.dataRetrievalDays },
  {
    id: 'contract.switchingCharges',
    rule: 'worst',
    fact: (s) => s.contract?.switchingCharges,
    weakness: (v) => SWITCHING_WEAKNESS[v as SwitchingCharges] ?? 0,
  },
  {
    id: 'exit.dataActSwitching',
    rule: 'worst',
    fact: (s) => s.exit?.dataActSwitching,
    weakness: (v) => (v ? 0 : 1),
  },
  {
    id: 'contract.dpaAvailable',
    rule: 'worst',
    fact: (s) => s.contract?.dpaAvailable,
    weakness: (v) => (v ? 0 : 1),
  },
  { id: 'contract.governingLaw', rule: 'every', fact: (s) => s.contract?.governingLaw },
  { id: 'contract.courtVenue', rule: 'every', fact: (s) => s.contract?.courtVenue },
  { id: 'contract.liabilityCap', rule: 'every', fact: (s) => s.contract?.liabilityCap },
];

export interface TermValueOf {
  value: TermValue;
  /** Components with this value, in component order. */
  serviceIds: string[];
}

export interface TermAggregate {
  id: string;
  rule: TermRule;
  /** The weakest value and the components that have it (for `every`: each distinct value). */
  weakest: TermValueOf[];
  /** Components whose term the catalogue does not show with a source. */
  unknown: string[];
  /** Of those, the ones with an unsourced value (shown as unverified, not counted). */
  unverified: TermValueOf[];
}

export interface ProviderContract {
  providerId: string;
  serviceIds: string[];
}

export interface FrameworkCoverage {
  agreement: string;
  serviceIds: string[];
}

export interface Contracts {
  /** One contract per provider: the services of a provider are bought from one party. */
  providers: ProviderContract[];
  terms: TermAggregate[];
  /** Framework agreements (sourced) and the components each covers, widest first. */
  frameworks: FrameworkCoverage[];
  /** Components no sourced framework agreement covers. */
  outsideFrameworks: string[];
}

export function aggregateContracts(components: readonly Component[]): Contracts {
  const providers: ProviderContract[] = [];
  for (const { entry } of components) {
    const found = providers.find((p) => p.providerId === entry.provider.id);
    if (found) found.serviceIds.push(entry.service.id);
    else providers.push({ providerId: entry.provider.id, serviceIds: [entry.service.id] });
  }
  return {
    providers,
    terms: CONTRACT_TERMS.map((term) => aggregateTerm(term, components)),
    ...frameworksOf(components),
  };
}

function aggregateTerm(term: TermDefinition, components: readonly Component[]): TermAggregate {
  const known: { serviceId: string; value: TermValue }[] = [];
  const unknown: string[] = [];
  const unverified: TermValueOf[] = [];
  for (const { entry } of components) {
    const fact = term.fact(entry.service);
    const serviceId = entry.service.id;
    if (isSourced(fact)) {
      known.push({ serviceId, value: fact.value });
      continue;
    }
    unknown.push(serviceId);
    if (fact) addValue(unverified, fact.value, serviceId);
  }
  const weakest: TermValueOf[] = [];
  if (term.rule === 'every') {
    for (const k of known) addValue(weakest, k.value, k.serviceId);
  } else if (known.length > 0) {
    const weakness = (v: TermValue): number =>
      term.rule === 'lowest' ? -Number(v) : term.rule === 'highest' ? Number(v) : (term.weakness?.(v) ?? 0);
    const worst = Math.max(...known.map((k) => weakness(k.value)));
    for (const k of known.filter((k) => weakness(k.value) === worst)) addValue(weakest, k.value, k.serviceId);
  }
  return { id: term.id, rule: term.rule, weakest, unknown, unverified };
}

function addValue(list: TermValueOf[], value: TermValue, serviceId: string): void {
  const found = list.find((v) => v.value === value);
  if (found) found.serviceIds.push(serviceId);
  else list.push({ value, serviceIds: [serviceId] });
}

function frameworksOf(components: readonly Component[]): Pick<Contracts, 'frameworks' | 'outsideFrameworks'> {
  const coverage = new Map<string, string[]>();
  const outsideFrameworks: string[] = [];
  for (const { entry } of components) {
    const fact = entry.service.contract?.frameworkAgreements;
    const agreements = isSourced(fact) ? [...new Set(fact.value)] : [];
    if (agreements.length === 0) outsideFrameworks.push(entry.service.id);
    for (const agreement of agreements) {
      coverage.set(agreement, [...(coverage.get(agreement) ?? []), entry.service.id]);
    }
  }
  const frameworks = [...coverage]
    .map(([agreement, serviceIds]) => ({ agreement, serviceIds }))
    .sort(
      (a, b) =>
        b.serviceIds.length - a.serviceIds.length ||
        (a.agreement < b.agreement ? -1 : a.agreement > b.agreement ? 1 : 0),
    );
  return { frameworks, outsideFrameworks };
}
