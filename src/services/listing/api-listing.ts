import type { FilterQuery, FilterResult } from '../../domain/filters';
import type { SearchFailure } from '../../domain/search/search.types';
import type { ReadModel } from '../../domain/catalogue/read-model';
import { createListing, type ListingDeps } from './list-services';

export type ListOutcome =
  | { ok: true; result: FilterResult }
  /** The words of `q` could not be searched (syntax, too long, …); the list without them. */
  | { ok: false; failure: SearchFailure; withoutWords: FilterResult };

/**
 * The list pages' own listing (search words, then filters, facet counts, order, page), with a
 * search that could not run made explicit: the API answers it with a 400, where the pages and the
 * CSV export leave the words out (appliedQuery). So the API, the CSV and the pages cannot disagree.
 */
export function createApiListing(
  deps: ListingDeps,
): (model: ReadModel, query: FilterQuery, fixedCategory?: string) => ListOutcome {
  const list = createListing(deps);
  return (model, query, fixedCategory) => {
    const searched = list(model, query, fixedCategory);
    if (searched.search && !searched.search.ok) {
      return { ok: false, failure: searched.search, withoutWords: searched.result };
    }
    return { ok: true, result: searched.result };
  };
}

/** The same query over the whole selection: one page holding every matching service. */
export function wholeSelection(query: FilterQuery, model: ReadModel): FilterQuery {
  return { ...query, page: 1, perPage: Math.max(1, model.services.length) };
}
