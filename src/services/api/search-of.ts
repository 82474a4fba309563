import type { CatalogueStore } from '../catalogue/catalogue-store';
import { SearchService } from '../search/search-service';

const ownIndexes = new WeakMap<CatalogueStore, SearchService>();

/**
 * The search service for the API and the CSV export: the app's own when it was given one, else
 * one per store, built on the first search and then following the store's changes.
 */
export function searchServiceOf(deps: {
  store: CatalogueStore;
  search?: SearchService;
}): () => SearchService {
  return () => {
    if (deps.search) return deps.search;
    let own = ownIndexes.get(deps.store);
    if (!own) {
      own = SearchService.following(deps.store);
      ownIndexes.set(deps.store, own);
    }
    return own;
  };
}
