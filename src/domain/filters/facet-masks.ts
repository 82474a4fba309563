import { TypedFastBitSet } from 'typedfastbitset';
import { FACETS } from './facets';
import { bitsetOf, type FilterIndex } from './filter-index';
import type { FilterQuery } from './filter-query.types';

/**
 * The bitsets of one query, over service positions: `matching` holds the services passing every
 * facet (and the search, when there is one); `countBase[f]` the services facet f's options are
 * counted over. For an OR facet with a selection that leaves out its own selection (a service failing
 * only facet f still counts towards f's options); for every other facet it is `matching` — the AND
 * facet (cert) counts what ticking one more scheme would yield, so only services passing everything.
 */
export interface QueryMasks {
  matching: TypedFastBitSet;
  countBase: TypedFastBitSet[];
}

/** Every position from 0 to size - 1. */
export function fullMask(size: number): TypedFastBitSet {
  const words = new Uint32Array((size + 31) >>> 5).fill(0xffffffff);
  if (size % 32 !== 0) words[words.length - 1] = (1 << (size % 32)) - 1;
  return TypedFastBitSet.fromWords(words);
}

/** The services one facet's selection lets through, or undefined when the facet has no selection. */
export function facetMask(index: FilterIndex, f: number, query: FilterQuery): TypedFastBitSet | undefined {
  const facet = FACETS[f];
  const values = facet.selected(query);
  if (values.length === 0) return undefined;
  const numbers: number[] = [];
  let unknown = false;
  for (const value of values) {
    const n = index.optionNumber[f].get(value);
    if (n === undefined) unknown = true;
    else if (!numbers.includes(n)) numbers.push(n);
  }
  const option = (n: number) => index.bitsets[f]?.[n] ?? bitsetOf(index.postings[f][n], index.size);
  // A value the catalogue does not offer (the parser rejects those) matches nothing: an AND facet
  // then lets nothing through, an OR facet only what its other values match.
  if (numbers.length === 0 || (facet.mode === 'and' && unknown)) return bitsetOf([], index.size);
  const mask = option(numbers[0]).clone();
  for (const n of numbers.slice(1)) {
    if (facet.mode === 'and') mask.intersection(option(n));
    else mask.union(option(n));
  }
  return mask;
}

/**
 * Intersects the candidates with each selected facet's mask. Counting bases of the OR facets come
 * from prefix and suffix intersections, so k selected facets cost O(k) intersections, not O(k²).
 */
export function queryMasks(index: FilterIndex, query: FilterQuery, candidates: TypedFastBitSet): QueryMasks {
  const active: { f: number; mask: TypedFastBitSet }[] = [];
  FACETS.forEach((_facet, f) => {
    const mask = facetMask(index, f, query);
    if (mask) active.push({ f, mask });
  });
  // prefix[i]: candidates ∩ masks 0..i-1; suffix[i]: masks i..k-1.
  const prefix = [candidates];
  for (const { mask } of active) prefix.push(prefix[prefix.length - 1].new_intersection(mask));
  const matching = prefix[active.length];
  const countBase = FACETS.map(() => matching);
  let suffix: TypedFastBitSet | undefined;
  for (let i = active.length - 1; i >= 0; i--) {
    const { f, mask } = active[i];
    if (FACETS[f].mode === 'or') countBase[f] = suffix ? prefix[i].new_intersection(suffix) : prefix[i];
    suffix = suffix ? suffix.new_intersection(mask) : mask;
  }
  return { matching, countBase };
}

/** Popcount, remembered per bitset: the same base serves every facet without a selection. */
const popcounts = new WeakMap<TypedFastBitSet, number>();
function popcount(set: TypedFastBitSet): number {
  let n = popcounts.get(set);
  if (n === undefined) {
    n = set.size();
    popcounts.set(set, n);
  }
  return n;
}

/**
 * Counts per option of facet f over `base`. Small facets intersect each option's bitset with the
 * base; large ones (or a sparse base) walk the base's set bits and add up what each service matches,
 * whichever touches less memory.
 * The counts are a plain array, not a typed one: a typed array's memory lies outside the JS heap,
 * and V8 starts a full collection whenever that memory has grown by 64 MB. At 40,000 services the
 * provider facet alone made 26 kB of it per request (see docs/benchmark.md).
 */
export function countOptions(index: FilterIndex, f: number, base: TypedFastBitSet): number[] {
  const counts = new Array<number>(index.options[f].length).fill(0);
  // Over the whole catalogue (no search, no other selection) the counts are the postings' lengths.
  if (popcount(base) === index.size) {
    index.postings[f].forEach((list, n) => {
      counts[n] = list.length;
    });
    return counts;
  }
  const bitsets = index.bitsets[f];
  // Walking a set bit (two typed-array reads for its matches) costs a few word operations.
  if (bitsets && bitsets.length * base.words.length <= 4 * popcount(base)) {
    bitsets.forEach((bitset, n) => {
      counts[n] = base.intersection_size(bitset);
    });
  } else {
    const { start, options } = index.matched[f];
    const words = base.words;
    for (let k = 0; k < words.length; k++) {
      let w = words[k];
      while (w !== 0) {
        const bit = w & -w;
        const position = (k << 5) + 31 - Math.clz32(bit);
        w ^= bit;
        for (let i = start[position]; i < start[position + 1]; i++) counts[options[i]]++;
      }
    }
  }
  return counts;
}
