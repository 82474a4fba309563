import { filterIndexOf, prepareOrders, type FilterQuery, type FilterResult } from '../../domain/filters';
import type { SearchFailure } from '../../domain/search/search.types';
import type { CatalogueStore } from '../catalogue/catalogue-store';
import type { ReadModel } from '../../domain/catalogue/read-model';
import { searchAndFilter, type SearchedList } from '../../domain/search/search-listing';
import type { SearchService } from '../search/search-service';

export interface ListingDeps {
  store: CatalogueStore;
  /** The app's search index (built and kept current by followCatalogue in app-deps.ts). */
  search: SearchService;
  /** With a stored history, list pages link the feed and the changes of their selection. */
  history?: unknown;
}

/**
 * Runs a list page's query: search words first (when `q` is set), then filters, facet counts,
 * order and page. All from the in-memory read model; no database query per request.
 */
export function createListing(
  deps: ListingDeps,
): (model: ReadModel, query: FilterQuery, fixedCategory?: string) => SearchedList {
  return (model, query, fixedCategory) => searchAndFilter(model, query, deps.search, { fixedCategory });
}

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

/**
 * Builds the filter index whenever the store swaps in a new read model, so the first list request
 * after a catalogue change does not pay for it, and then the sort orders in the background (a
 * request sorted by name would otherwise wait for the whole catalogue to be sorted). The model
 * loaded already is prepared on the next turn of the event loop. Returns the unsubscribe function.
 */
export function prepareFilterIndexOnChange(store: Pick<CatalogueStore, 'onChange' | 'current'>): () => void {
  const prepare = (model: ReadModel) => {
    filterIndexOf(model);
    void prepareOrders(model);
  };
  const first = setImmediate(() => {
    try {
      prepare(store.current());
    } catch {
      // Not loaded yet: the change event will bring the first model.
    }
  });
  const unsubscribe = store.onChange(prepare);
  return () => {
    clearImmediate(first);
    unsubscribe();
  };
}
