import { compareByLevel, type ReadModel, type ServiceEntry } from '../catalogue/read-model';
import { FACETS, type FacetName } from './facets';
import { filterIndexOf, type FilterIndex } from './filter-index';
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

/** Per facet: whether it is an OR facet (its counts leave its own selection out). */
const OR_FACET = FACETS.map((facet) => facet.mode === 'or');

/** One active facet: which option numbers are selected, and how many. */
interface ActiveFacet {
  facet: number;
  and: boolean;
  selected: Uint8Array;
  size: number;
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
  const index = filterIndexOf(model);
  const active = activeFacets(index, query);
  const counts = index.options.map((values) => new Uint32Array(values.length));
  const matching: ServiceEntry[] = [];
  const matchedPositions: number[] = [];

  const positions = options.relevance ? candidates(index, options.relevance) : undefined;
  const n = positions ? positions.length : model.services.length;
  for (let k = 0; k < n; k++) {
    const position = positions ? positions[k] : k;
    const matches = index.matches[position];
    let failed = -1;
    let failures = 0;
    for (let i = 0; i < active.length; i++) {
      const a = active[i];
      if (!passes(a, matches[a.facet])) {
        failed = a.facet;
        if (++failures > 1) break;
      }
    }
    if (failures === 0) {
      matching.push(model.services[position]);
      matchedPositions.push(position);
      for (let f = 0; f < counts.length; f++) increment(counts[f], matches[f]);
    } else if (failures === 1 && OR_FACET[failed]) {
      increment(counts[failed], matches[failed]);
    }
  }

  const compare = comparatorFor(query.sort, index, options.relevance);
  let ordered = matching;
  if (options.relevance) {
    matching.sort(compare);
  } else if (compare !== compareByLevel) {
    // Without a search the candidates come in the default order; any other order is read from the
    // catalogue-wide order of that key, sorted once per model, instead of sorting on every request.
    ordered = inOrder(orderOf(index, model, query.sort ?? 'level', compare), matchedPositions, model);
  }

  const start = (query.page - 1) * query.perPage;
  return {
    total: ordered.length,
    items: ordered.slice(start, start + query.perPage),
    page: query.page,
    perPage: query.perPage,
    pageCount: Math.max(1, Math.ceil(ordered.length / query.perPage)),
    facets: facetsOf(index, query, counts),
  };
}

const orders = new WeakMap<FilterIndex, Map<string, Int32Array>>();

/** Every service's position, sorted by one key: computed on first use, then kept with the index. */
function orderOf(
  index: FilterIndex,
  model: ReadModel,
  key: string,
  compare: (a: ServiceEntry, b: ServiceEntry) => number,
): Int32Array {
  let byKey = orders.get(index);
  if (!byKey) {
    byKey = new Map();
    orders.set(index, byKey);
  }
  let order = byKey.get(key);
  if (!order) {
    const positions = Array.from(model.services.keys());
    positions.sort((a, b) => compare(model.services[a], model.services[b]));
    order = Int32Array.from(positions);
    byKey.set(key, order);
  }
  return order;
}

/** The matched services in the given catalogue-wide order: one linear walk, no sorting. */
function inOrder(order: Int32Array, matched: readonly number[], model: ReadModel): ServiceEntry[] {
  if (matched.length === 0) return [];
  const isMatched = new Uint8Array(model.services.length);
  for (const position of matched) isMatched[position] = 1;
  const result: ServiceEntry[] = [];
  for (let i = 0; i < order.length; i++) if (isMatched[order[i]]) result.push(model.services[order[i]]);
  return result;
}

function activeFacets(index: FilterIndex, query: FilterQuery): ActiveFacet[] {
  const active: ActiveFacet[] = [];
  FACETS.forEach((facet, f) => {
    const selected = new Uint8Array(index.options[f].length);
    let size = 0;
    for (const value of facet.selected(query)) {
      const n = index.optionNumber[f].get(value);
      // A value the catalogue does not offer (the parser rejects those) matches nothing.
      if (n === undefined) size = Infinity;
      else if (!selected[n]) {
        selected[n] = 1;
        size++;
      }
    }
    if (size > 0) active.push({ facet: f, and: facet.mode === 'and', selected, size });
  });
  return active;
}

function passes(active: ActiveFacet, matched: readonly number[]): boolean {
  let hits = 0;
  for (let i = 0; i < matched.length; i++) {
    if (active.selected[matched[i]]) {
      if (!active.and) return true;
      hits++;
    }
  }
  return active.and && hits === active.size;
}

function increment(counts: Uint32Array, matched: readonly number[]): void {
  for (let i = 0; i < matched.length; i++) counts[matched[i]]++;
}

/** The positions of the scored services, in the default order. */
function candidates(index: FilterIndex, relevance: ReadonlyMap<string, number>): number[] {
  const found: number[] = [];
  for (const id of relevance.keys()) {
    const position = index.position.get(id);
    if (position !== undefined) found.push(position);
  }
  return found.sort((a, b) => a - b);
}

function facetsOf(index: FilterIndex, query: FilterQuery, counts: Uint32Array[]): Facets {
  const facets = {} as Facets;
  FACETS.forEach((facet, f) => {
    const selected = new Set(facet.selected(query));
    facets[facet.name] = index.options[f].map((value, n) => ({
      value,
      count: counts[f][n],
      selected: selected.has(value),
    }));
  });
  return facets;
}
