import { filterIndexOf, prepareOrders, type FilterQuery } from '../../domain/filters';
import type { CatalogueStore } from '../catalogue/catalogue-store';
import type { ReadModel } from '../../domain/catalogue/read-model';
import { searchAndFilter, type SearchedList } from '../../domain/search/search-listing';
import type { SearchService } from '../search/search-service';

export interface ListingDeps {
  store: CatalogueStore;
  /** The app's search index (built and kept current by followCatalogue in app-deps.ts). */
  search: SearchService;
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
  setImmediate(() => {
    try {
      prepare(store.current());
    } catch {
      // Not loaded yet: the change event will bring the first model.
    }
  });
  return store.onChange(prepare);
}
