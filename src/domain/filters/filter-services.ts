import { compareByLevel, type ReadModel, type ServiceEntry } from '../catalogue/read-model';
import type { TypedFastBitSet } from 'typedfastbitset';
import { countOptions, facetMask, fullMask, queryMasks } from './facet-masks';
import { FACETS, type FacetName } from './facets';
import { bitsetOf, filterIndexOf, type FilterIndex } from './filter-index';
import { SORT_KEYS, type FilterQuery } from './filter-query.types';
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
  /** Per facet (FACETS order), per option number: the counts behind `facets`. */
  counts: readonly (readonly number[])[];
  facets: Facets;
}

export interface FilterOptions {
  /** Search scores by service id: only these services are candidates, ordered by score by default. */
  relevance?: ReadonlyMap<string, number>;
}

/**
 * Filters, counts facets, sorts and pages the catalogue with bitsets over service positions: each
 * selected facet's options are OR-ed (AND-ed for cert) into a mask, the masks intersected, and
 * each facet's options counted over the services that pass every *other* facet (see QueryMasks).
 * The work grows with the number of words (services / 32) and of selected facets, not with
 * services × facets, and the page is read off the mask in the requested order without sorting.
 */
export function filterServices(
  model: ReadModel,
  query: FilterQuery,
  options: FilterOptions = {},
): FilterResult {
  const index = filterIndexOf(model);
  const masks = queryMasks(index, query, candidatesOf(index, options));
  const counts = FACETS.map((_facet, f) => countOptions(index, f, masks.countBase[f]));
  const total = masks.matching.size();
  const start = (query.page - 1) * query.perPage;

  let items: ServiceEntry[];
  const compare = comparatorFor(query.sort, index, options.relevance);
  if (options.relevance) {
    const matching = masks.matching.array().map((position) => model.services[position]);
    items = matching.sort(compare).slice(start, start + query.perPage);
  } else {
    // Without a search the positions are the default order; any other order is read from the
    // catalogue-wide order of that key, sorted once per model, instead of sorting on every request.
    const order =
      compare === compareByLevel ? undefined : orderOf(index, model, query.sort ?? 'level', compare);
    items = pageOf(masks.matching, total, order, start, query.perPage).map(
      (position) => model.services[position],
    );
  }

  let facets: Facets | undefined;
  return {
    total,
    items,
    page: query.page,
    perPage: query.perPage,
    pageCount: Math.max(1, Math.ceil(total / query.perPage)),
    counts,
    // The option objects of every facet (thousands for providers) only when someone reads them.
    get facets() {
      return (facets ??= facetsOf(index, query, counts));
    },
  };
}

/** How many services match a query (no facet counts, no page): what relaxing a query would yield. */
export function countMatches(model: ReadModel, query: FilterQuery, options: FilterOptions = {}): number {
  const index = filterIndexOf(model);
  let matching: TypedFastBitSet | undefined;
  FACETS.forEach((_facet, f) => {
    const mask = facetMask(index, f, query);
    if (mask) matching = matching ? matching.intersection(mask) : mask;
  });
  const candidates = candidatesOf(index, options);
  return matching ? candidates.intersection_size(matching) : candidates.size();
}

const fullMasks = new WeakMap<FilterIndex, TypedFastBitSet>();

/**
 * Every service of the index, made once per index: the candidates of every list without a search.
 * Shared, so never changed: the masks read it and intersect it into new bitsets.
 */
function everyService(index: FilterIndex): TypedFastBitSet {
  let mask = fullMasks.get(index);
  if (!mask) {
    mask = fullMask(index.size);
    fullMasks.set(index, mask);
  }
  return mask;
}

/** The search's candidates as a bitset, made once per index and search outcome (relaxations reuse it). */
const scoredMasks = new WeakMap<FilterIndex, WeakMap<ReadonlyMap<string, number>, TypedFastBitSet>>();

function candidatesOf(index: FilterIndex, options: FilterOptions): TypedFastBitSet {
  const { relevance } = options;
  if (!relevance) return everyService(index);
  let byOutcome = scoredMasks.get(index);
  if (!byOutcome) {
    byOutcome = new WeakMap();
    scoredMasks.set(index, byOutcome);
  }
  let mask = byOutcome.get(relevance);
  if (!mask) {
    mask = bitsetOf(scoredPositions(index, relevance), index.size);
    byOutcome.set(relevance, mask);
  }
  return mask;
}

/**
 * Sorts the catalogue-wide order of every sort key ahead of the first request that needs one (at
 * 40,000 services the name order costs ~0.7 s of CPU, the others ~0.06–0.2 s), one key per turn of
 * the event loop so requests are served in between. Returns when all are done.
 */
export async function prepareOrders(model: ReadModel): Promise<void> {
  const index = filterIndexOf(model);
  for (const key of SORT_KEYS) {
    if (key === 'relevance' || key === 'level') continue;
    await new Promise((resolve) => setImmediate(resolve));
    orderOf(index, model, key, comparatorFor(key, index));
  }
}

/** Every service's position sorted by one key (`positions`), and each position's place in it (`rank`). */
interface Order {
  positions: Int32Array;
  rank: Int32Array;
}

const orders = new WeakMap<FilterIndex, Map<string, Order>>();

/** The order of one key: computed on first use, then kept with the index. */
function orderOf(
  index: FilterIndex,
  model: ReadModel,
  key: string,
  compare: (a: ServiceEntry, b: ServiceEntry) => number,
): Order {
  let byKey = orders.get(index);
  if (!byKey) {
    byKey = new Map();
    orders.set(index, byKey);
  }
  let order = byKey.get(key);
  if (!order) {
    const positions = Array.from(model.services.keys());
    positions.sort((a, b) => compare(model.services[a], model.services[b]));
    const rank = new Int32Array(positions.length);
    positions.forEach((position, i) => (rank[position] = i));
    order = { positions: Int32Array.from(positions), rank };
    byKey.set(key, order);
  }
  return order;
}

/**
 * Positions `start` to `start + count` of the `total` matching services, in the given
 * catalogue-wide order (undefined: position order). Walks the order until the page is full, unless
 * the matches are so few that sorting their ranks touches less (a late page of a narrow selection
 * would walk most of the catalogue).
 */
function pageOf(
  matching: TypedFastBitSet,
  total: number,
  order: Order | undefined,
  start: number,
  count: number,
): number[] {
  const page: number[] = [];
  let seen = 0;
  const take = (position: number): boolean => {
    if (seen++ >= start) page.push(position);
    return page.length < count;
  };
  if (order) {
    const { positions, rank } = order;
    const walk = (Math.min(start + count, total) * positions.length) / Math.max(1, total);
    if (total * Math.log2(total + 2) < walk) {
      const ranks = new Int32Array(total);
      let i = 0;
      matching.forEach((position) => {
        ranks[i++] = rank[position];
      });
      ranks.sort();
      for (let r = start; r < Math.min(total, start + count); r++) page.push(positions[ranks[r]]);
      return page;
    }
    for (let i = 0; i < positions.length; i++) if (matching.has(positions[i]) && !take(positions[i])) break;
    return page;
  }
  const words = matching.words;
  for (let k = 0; k < words.length; k++) {
    let w = words[k];
    // Whole words before the page are skipped by their popcount.
    if (seen + popcount32(w) <= start) {
      seen += popcount32(w);
      continue;
    }
    while (w !== 0) {
      const bit = w & -w;
      if (!take((k << 5) + 31 - Math.clz32(bit))) return page;
      w ^= bit;
    }
  }
  return page;
}

function popcount32(w: number): number {
  w -= (w >>> 1) & 0x55555555;
  w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
  return (((w + (w >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** The positions of the scored services, in the default order. */
function scoredPositions(index: FilterIndex, relevance: ReadonlyMap<string, number>): number[] {
  const found: number[] = [];
  for (const id of relevance.keys()) {
    const position = index.position.get(id);
    if (position !== undefined) found.push(position);
  }
  return found.sort((a, b) => a - b);
}

function facetsOf(index: FilterIndex, query: FilterQuery, counts: readonly (readonly number[])[]): Facets {
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
