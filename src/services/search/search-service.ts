import type { CatalogueDocument } from '../../domain/catalogue.types';
import { buildSearchIndex } from '../../domain/search/build-search-index';
import type { SearchIndex, SearchOutcome } from '../../domain/search/search.types';
import type { ReadModel } from '../catalogue/read-model';

/** What the service needs of the catalogue store: its change event. */
export interface CatalogueChanges {
  onChange(listener: (model: ReadModel) => void): () => void;
  isLoaded(): boolean;
  current(): ReadModel;
}

/**
 * Holds the search index of the current catalogue. The index is built from the read model once, at
 * start-up and again on every catalogue change (the store's change event), then swapped in with one
 * assignment, so a request sees either the old or the new index, never a half-built one. The index
 * depends only on the catalogue document: when the store rebuilds its model because the assessment
 * date moved, the same index is kept.
 */
export class SearchService {
  private held?: { document: CatalogueDocument; index: SearchIndex };
  private unsubscribe?: () => void;

  constructor(private readonly build: (model: ReadModel) => SearchIndex = buildSearchIndex) {}

  /** Builds the index for the store's current model (if loaded) and follows its changes. */
  static following(store: CatalogueChanges, build?: (model: ReadModel) => SearchIndex): SearchService {
    const service = new SearchService(build);
    service.unsubscribe = store.onChange((model) => service.update(model));
    if (store.isLoaded()) service.update(store.current());
    return service;
  }

  /** Rebuilds and swaps the index when the model holds a different catalogue document. */
  update(model: ReadModel): SearchIndex {
    if (this.held?.document !== model.document) {
      this.held = { document: model.document, index: this.build(model) };
    }
    return this.held.index;
  }

  /**
   * The index for the model a request is serving. Normally already built by the change event; a
   * model that was never announced (a store without events) gets its index built here, once.
   */
  indexFor(model: ReadModel): SearchIndex {
    return this.update(model);
  }

  /** Searches the catalogue of `model`; never throws for any query string. */
  search(model: ReadModel, q: string): SearchOutcome {
    return this.indexFor(model).search(q);
  }

  /** Stops following the store (tests, shutdown). */
  close(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
