import { compareByLevel, type ReadModel, type ServiceEntry } from '../../services/catalogue/read-model';
import { entryFactsOf } from './entry-facts';
import { FACETS, passesFacet, type FacetName } from './facets';
import type { FilterQuery } from './filter-query.types';
import { comparatorFor } from './sort-services';

export interface FacetOption {
  value: string;
  /** How many services the list would hold with this option, given the other facets' selections. */
  count: number;
  selected: boolean;
}

export type Facets = Record<FacetName, FacetOption[]>;

export interface FilterResult {
  /** Number of services matching the whole query. */
  total: number;
  /** The requested page of the matching services, in the requested order. */
  items: ServiceEntry[];
  page: number;
  perPage: number;
  /** At least 1, so "page 1 of 1" holds for an empty result. */
  pageCount: number;
  facets: Facets;
}

export interface FilterOptions {
  /** Search scores by service id: only these services are candidates, ordered by score by default. */
  relevance?: ReadonlyMap<string, number>;
}

/**
 * Filters, counts facets, sorts and pages the catalogue in one pass over the candidates
 * (O(services × facets)). A facet's counts leave out its own selection: a service failing only
 * facet F still counts towards F's options. The AND facet (cert) is the exception: its counts say
 * what ticking one more scheme would yield, so only services passing everything count there.
 */
export function filterServices(
  model: ReadModel,
  query: FilterQuery,
  options: FilterOptions = {},
): FilterResult {
  const facts = entryFactsOf(model);
  const selections = FACETS.map((facet) => new Set(facet.selected(query)));
  const active = FACETS.map((_facet, i) => i).filter((i) => selections[i].size > 0);
  const counts = FACETS.map(() => new Map<string, number>());
  const matching: ServiceEntry[] = [];

  for (const entry of candidates(model, options.relevance)) {
    const entryFacts = facts.get(entry.service.id);
    if (!entryFacts) continue;
    let failed = -1;
    let failures = 0;
    for (const i of active) {
      if (!passesFacet(FACETS[i], selections[i], entry, entryFacts)) {
        failed = i;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) {
      matching.push(entry);
      FACETS.forEach((facet, i) => countOptions(counts[i], facet.matches(entry, entryFacts)));
    } else if (failures === 1 && FACETS[failed].mode === 'or') {
      countOptions(counts[failed], FACETS[failed].matches(entry, entryFacts));
    }
  }

  const compare = comparatorFor(query.sort, facts, options.relevance);
  // Without a search the candidates already come in the default order.
  if (options.relevance || compare !== compareByLevel) matching.sort(compare);

  const facets = {} as Facets;
  FACETS.forEach((facet, i) => {
    facets[facet.name] = facet.options(model).map((value) => ({
      value,
      count: counts[i].get(value) ?? 0,
      selected: selections[i].has(value),
    }));
  });

  const start = (query.page - 1) * query.perPage;
  return {
    total: matching.length,
    items: matching.slice(start, start + query.perPage),
    page: query.page,
    perPage: query.perPage,
    pageCount: Math.max(1, Math.ceil(matching.length / query.perPage)),
    facets,
  };
}

/** Candidates in the default order (the read model keeps its services sorted that way). */
function candidates(model: ReadModel, relevance?: ReadonlyMap<string, number>): Iterable<ServiceEntry> {
  if (!relevance) return model.services;
  const found: ServiceEntry[] = [];
  for (const id of relevance.keys()) {
    const entry = model.serviceById.get(id);
    if (entry) found.push(entry);
  }
  return found;
}

function countOptions(counts: Map<string, number>, values: Iterable<string>): void {
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
}
