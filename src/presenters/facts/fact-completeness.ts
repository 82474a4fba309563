import type { Fact, Provider, Service } from '../../domain/catalogue.types';
import { SERVICE_FACT_DEFINITIONS, type FactGroup } from './fact-definitions';
import { factAt } from './fact.presenter';

/** How complete a service's record is over the facts a service page shows. */
export interface Completeness {
  /** Facts the page shows (the service's fact groups and the provider's control). */
  total: number;
  /** Facts present in the catalogue, sourced or not. */
  known: number;
  /** Known facts with at least one primary source. */
  primary: number;
}

export function hasPrimarySource(fact: Fact<unknown> | undefined): boolean {
  return (fact?.sources ?? []).some((s) => s.kind === 'primary');
}

function count(facts: (Fact<unknown> | undefined)[]): Completeness {
  return {
    total: facts.length,
    known: facts.filter(Boolean).length,
    primary: facts.filter(hasPrimarySource).length,
  };
}

/** The facts of one group of a service, in the group's order. */
export function groupFacts(service: Service, group: FactGroup): (Fact<unknown> | undefined)[] {
  return group.facts.map((def) => factAt(service, def.path));
}

/** Completeness of the whole record as the service page shows it. */
export function serviceCompleteness(service: Service, provider: Provider): Completeness {
  return count([provider.control, ...SERVICE_FACT_DEFINITIONS.flatMap((g) => groupFacts(service, g))]);
}

/** Completeness of one fact group ('contract', …) of a service. */
export function groupCompleteness(service: Service, groupId: FactGroup['id']): Completeness {
  const group = SERVICE_FACT_DEFINITIONS.find((g) => g.id === groupId);
  return count(group ? groupFacts(service, group) : []);
}

/** Completeness of one provider's records, summed over its services. */
export interface ProviderCompleteness {
  providerId: string;
  providerName: string;
  services: number;
  /** Contract terms (the 'contract' group) over all the provider's services. */
  contract: Completeness;
  /** Every fact a service page shows, over all the provider's services. */
  facts: Completeness;
}

function add(a: Completeness, b: Completeness): Completeness {
  return { total: a.total + b.total, known: a.known + b.known, primary: a.primary + b.primary };
}

const NONE: Completeness = { total: 0, known: 0, primary: 0 };

/** Every provider with at least one service, in catalogue order. */
export function providerCompleteness(
  providers: Iterable<Provider>,
  servicesOf: (providerId: string) => readonly Service[],
): ProviderCompleteness[] {
  return [...providers].flatMap((provider) => {
    const services = servicesOf(provider.id);
    if (!services.length) return [];
    return [
      {
        providerId: provider.id,
        providerName: provider.name,
        services: services.length,
        contract: services.map((s) => groupCompleteness(s, 'contract')).reduce(add, NONE),
        facts: services.map((s) => serviceCompleteness(s, provider)).reduce(add, NONE),
      },
    ];
  });
}
