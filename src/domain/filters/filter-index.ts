import { TypedFastBitSet } from 'typedfastbitset';
import type { ReadModel } from '../catalogue/read-model';
import { deriveFacts } from './entry-facts';
import { FACETS } from './facets';

/**
 * The catalogue prepared for filtering: every facet option numbered; per service the numbers of the
 * options it matches; per option the positions of the services matching it (a posting list), and
 * for facets with few options also as a bitset over the positions. A request intersects bitsets
 * and counts bits instead of testing every service against every facet. Built once per read model
 * (cached by object identity, so a rebuilt model gets a new one).
 */
export interface FilterIndex {
  /** Per facet (FACETS order): the option values, as the facet lists them. */
  options: readonly (readonly string[])[];
  /** Per facet: option value → its number. */
  optionNumber: readonly ReadonlyMap<string, number>[];
  /**
   * Per facet: the numbers of the options each service matches (each once), flat: service p's are
   * `options[start[p]]` to `options[start[p + 1] - 1]`. Counting over a mask reads two typed arrays
   * per set bit instead of a list per service.
   */
  matched: readonly { start: Int32Array; options: Int32Array }[];
  /** Per facet, per option: positions of the services matching it, ascending. */
  postings: readonly (readonly Int32Array[])[];
  /**
   * Per facet, per option: the posting list as a bitset, for facets with at most
   * BITSET_FACET_OPTIONS options (undefined for larger facets such as providers: a bitset per
   * provider would cost tens of megabytes; their masks are built from the postings on demand).
   */
  bitsets: readonly (readonly TypedFastBitSet[] | undefined)[];
  /** Number of services (bits in every mask). */
  size: number;
  /** Service id → position in the read model's default order. */
  position: ReadonlyMap<string, number>;
  /** Per service: sourced SLA availability, for the `sla` order. */
  sla: readonly (number | undefined)[];
}

/** Facets with more options than this keep posting lists only (see FilterIndex.bitsets). */
export const BITSET_FACET_OPTIONS = 64;

const cache = new WeakMap<ReadModel, FilterIndex>();

export function filterIndexOf(model: ReadModel): FilterIndex {
  let index = cache.get(model);
  if (!index) {
    index = buildFilterIndex(model);
    cache.set(model, index);
  }
  return index;
}

function buildFilterIndex(model: ReadModel): FilterIndex {
  const options = FACETS.map((facet) => facet.options(model));
  const optionNumber = options.map((values) => new Map(values.map((v, i) => [v, i])));
  // Facets answering from constant lists (levels) return the same array object for many
  // services: convert each such list once. Equal lists of numbers are shared too: at 40,000
  // services a list per service and facet was ~60 MB of the heap, a few hundred distinct ones are not.
  const converted = FACETS.map(() => new Map<Iterable<string>, readonly number[]>());
  const shared = new Map<string, readonly number[]>();
  const matches: (readonly number[])[][] = [];
  const sla: (number | undefined)[] = [];
  for (const entry of model.services) {
    const facts = deriveFacts(entry, model);
    sla.push(facts.sla);
    matches.push(
      FACETS.map((facet, f) => {
        const values = facet.matches(entry, facts);
        let numbers = converted[f].get(values);
        if (!numbers) {
          const fresh = toNumbers(values, optionNumber[f]);
          const key = fresh.join(',');
          numbers = shared.get(key) ?? fresh;
          if (numbers === fresh) shared.set(key, Object.freeze(fresh));
          if (Object.isFrozen(values)) converted[f].set(values, numbers);
        }
        return numbers;
      }),
    );
  }
  const postings = postingsOf(options, matches);
  return {
    options,
    optionNumber,
    matched: FACETS.map((_facet, f) => flatten(matches, f)),
    postings,
    bitsets: postings.map((lists) =>
      lists.length <= BITSET_FACET_OPTIONS ? lists.map((list) => bitsetOf(list, matches.length)) : undefined,
    ),
    size: matches.length,
    position: new Map(model.services.map((e, i) => [e.service.id, i])),
    sla,
  };
}

function flatten(matches: readonly (readonly (readonly number[])[])[], f: number) {
  const start = new Int32Array(matches.length + 1);
  matches.forEach((perFacet, position) => (start[position + 1] = start[position] + perFacet[f].length));
  const options = new Int32Array(start[matches.length]);
  matches.forEach((perFacet, position) => options.set(perFacet[f], start[position]));
  return { start, options };
}

function toNumbers(values: Iterable<string>, optionNumber: ReadonlyMap<string, number>): number[] {
  const numbers: number[] = [];
  for (const value of values) {
    const n = optionNumber.get(value);
    if (n !== undefined && !numbers.includes(n)) numbers.push(n);
  }
  return numbers;
}

function postingsOf(
  options: readonly (readonly string[])[],
  matches: readonly (readonly (readonly number[])[])[],
): Int32Array[][] {
  return options.map((values, f) => {
    const sizes = new Int32Array(values.length);
    for (const perFacet of matches) for (const n of perFacet[f]) sizes[n]++;
    const lists = Array.from(sizes, (size) => new Int32Array(size));
    const filled = new Int32Array(values.length);
    matches.forEach((perFacet, position) => {
      for (const n of perFacet[f]) lists[n][filled[n]++] = position;
    });
    return lists;
  });
}

/** A bitset of `size` bits with the given positions set. */
export function bitsetOf(positions: ArrayLike<number>, size: number): TypedFastBitSet {
  const set = TypedFastBitSet.fromWords(new Uint32Array((size + 31) >>> 5));
  for (let i = 0; i < positions.length; i++) set.add(positions[i]);
  return set;
}
