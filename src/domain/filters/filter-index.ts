import type { ReadModel } from '../catalogue/read-model';
import { deriveFacts } from './entry-facts';
import { FACETS } from './facets';

/**
 * The catalogue prepared for filtering: every facet option numbered, and per service the numbers
 * of the options it matches. A request then only compares small integers and increments counters,
 * which keeps a query with all facet counts linear and allocation-free at tens of thousands of
 * services. Built once per read model (cached by object identity, so a rebuilt model gets a new one).
 */
export interface FilterIndex {
  /** Per facet (FACETS order): the option values, as the facet lists them. */
  options: readonly (readonly string[])[];
  /** Per facet: option value → its number. */
  optionNumber: readonly ReadonlyMap<string, number>[];
  /** Per service (read model order), per facet: numbers of the matched options, each once. */
  matches: readonly (readonly (readonly number[])[])[];
  /** Service id → position in the read model's default order. */
  position: ReadonlyMap<string, number>;
  /** Per service: sourced SLA availability, for the `sla` order. */
  sla: readonly (number | undefined)[];
}

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
  return {
    options,
    optionNumber,
    matches,
    position: new Map(model.services.map((e, i) => [e.service.id, i])),
    sla,
  };
}

function toNumbers(values: Iterable<string>, optionNumber: ReadonlyMap<string, number>): number[] {
  const numbers: number[] = [];
  for (const value of values) {
    const n = optionNumber.get(value);
    if (n !== undefined && !numbers.includes(n)) numbers.push(n);
  }
  return numbers;
}
