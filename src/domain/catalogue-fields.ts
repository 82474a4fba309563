import type { Evidence, Fact, Provider, Service } from './catalogue.types';

/**
 * What each property of a provider and a service is (catalogue.schema.json), for every part that
 * walks a record property by property: the history's diff, the supply side's review items, the
 * catalogue tables. Not the display groups of presenters/facts/fact-definitions.ts.
 */

/** Plain fields of a provider (not facts), in the order forms and diffs show them. */
export const PROVIDER_FIELDS = [
  'name',
  'legalName',
  'type',
  'hqCountry',
  'ultimateParent',
  'website',
  'description',
] as const satisfies readonly (keyof Provider)[];

/**
 * Plain fields of a service (not facts), in the order forms and diffs show them; without its
 * identity (`id`, and `providerId`, which a supplier's draft cannot change).
 */
export const SERVICE_FIELDS = [
  'name',
  'summary',
  'description',
  'website',
  'categories',
  'serviceModel',
  'deployment',
  'capabilities',
  'runsOn',
  'notes',
] as const satisfies readonly (keyof Service)[];

/** Facts at the top of a provider or service, each under its own name. */
export const PROVIDER_FACTS = ['control'] as const satisfies readonly (keyof Provider)[];
export const SERVICE_TOP_FACTS = ['openSource'] as const satisfies readonly (keyof Service)[];

/** Properties of a service that are objects of facts, each fact addressed as `<object>.<property>`. */
export const SERVICE_FACT_OBJECTS = [
  'data',
  'exit',
  'contract',
  'environment',
] as const satisfies readonly (keyof Service)[];

/** Every present fact of a service by its path (openSource, data.locations, contract.slaAvailabilityPct, …). */
export function serviceFacts(service: Service): Map<string, Fact<unknown>> {
  const facts = new Map<string, Fact<unknown>>();
  for (const name of SERVICE_TOP_FACTS) {
    const fact = service[name];
    if (fact) facts.set(name, fact as Fact<unknown>);
  }
  for (const group of SERVICE_FACT_OBJECTS) {
    for (const [key, fact] of Object.entries(service[group] ?? {}))
      if (fact) facts.set(`${group}.${key}`, fact as Fact<unknown>);
  }
  return facts;
}

/** Every present fact of a provider by its path. */
export function providerFacts(provider: Provider): Map<string, Fact<unknown>> {
  const facts = new Map<string, Fact<unknown>>();
  for (const name of PROVIDER_FACTS) {
    const fact = provider[name];
    if (fact) facts.set(name, fact as Fact<unknown>);
  }
  return facts;
}

/**
 * Keys of evidence entries: the scheme and the entry's rank among the entries of that scheme
 * (`evidence.ISO27001.0`), so an entry keeps its key when another scheme's entry comes or goes.
 */
export function evidenceKeys(evidence: readonly Evidence[]): string[] {
  const seen = new Map<string, number>();
  return evidence.map((e) => {
    const rank = seen.get(e.scheme) ?? 0;
    seen.set(e.scheme, rank + 1);
    return `evidence.${e.scheme}.${rank}`;
  });
}

/** Evidence entries by their key (evidenceKeys). */
export function evidenceByKey(evidence: readonly Evidence[] | undefined): Map<string, Evidence> {
  const entries = evidence ?? [];
  return new Map(evidenceKeys(entries).map((key, i) => [key, entries[i]]));
}
