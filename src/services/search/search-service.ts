import type { CatalogueDocument } from '../../domain/catalogue.types';
import { buildSearchIndex, buildSearchIndexInSteps } from '../../domain/search/build-search-index';
import type { SearchIndex, SearchOutcome } from '../../domain/search/search.types';
import type { ReadModel } from '../../domain/catalogue/read-model';

/** Stands in until the first background build is done. */
const NOT_READY: SearchIndex = {
  version: 'not-ready',
  size: 0,
  search: () => ({ ok: false, reason: 'notReady' }),
};

/** How long the previous index stays available to requests that started before a swap. */
const PREVIOUS_GRACE_MS = 60_000;

interface Held {
  document: CatalogueDocument;
  index: SearchIndex;
}

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
  private held?: Held;
  /**
   * The index before the last swap, for requests that took their model just before it. Released
   * after a grace period, so at G-Cloud scale two indexes are not held for long.
   */
  private previous?: Held;
  private releaseTimer?: NodeJS.Timeout;
  private unsubscribe?: () => void;
  /** The newest document a background build was started for (background mode only). */
  private wanted?: CatalogueDocument;
  private readonly swapListeners: (() => void)[] = [];
  /** Built in the background (followingInBackground) rather than on demand. */
  private background = false;

  constructor(private readonly build: (model: ReadModel) => SearchIndex = buildSearchIndex) {}

  /** Builds the index for the store's current model (if loaded) and follows its changes. */
  static following(store: CatalogueChanges, build?: (model: ReadModel) => SearchIndex): SearchService {
    const service = new SearchService(build);
    service.unsubscribe = store.onChange((model) => service.update(model));
    if (store.isLoaded()) service.update(store.current());
    return service;
  }

  /**
   * Follows the store like `following`, but builds each index in the background, in steps
   * (`buildSearchIndexInSteps`): the server answers while a large catalogue is indexed. Until the
   * first index is there a search answers `notReady`; after a change, the previous catalogue's index
   * answers until the new one is swapped in. `onBuilt` reports each build (for the log).
   */
  static followingInBackground(
    store: CatalogueChanges,
    onBuilt?: (outcome: { ms: number; services: number } | { error: unknown }) => void,
    buildInSteps: (model: ReadModel) => Promise<SearchIndex> = buildSearchIndexInSteps,
  ): SearchService {
    const service = new SearchService();
    const start = (model: ReadModel) => {
      if (service.wanted === model.document || service.held?.document === model.document) return;
      service.wanted = model.document;
      const started = Date.now();
      buildInSteps(model).then(
        (index) => {
          // A newer catalogue arrived meanwhile: its own build will swap; this one is dropped.
          if (service.wanted !== model.document) return;
          service.swap({ document: model.document, index });
          onBuilt?.({ ms: Date.now() - started, services: index.size });
        },
        (error: unknown) => {
          if (service.wanted === model.document) service.wanted = undefined;
          onBuilt?.({ error });
        },
      );
    };
    service.unsubscribe = store.onChange(start);
    service.background = true;
    if (store.isLoaded()) start(store.current());
    return service;
  }

  /** False only while the first background build is still running. */
  isReady(): boolean {
    return !this.background || this.held !== undefined;
  }

  /** Called after every swap of the index (e.g. to drop cached pages that show search results). */
  onSwap(listener: () => void): void {
    this.swapListeners.push(listener);
  }

  /** Rebuilds and swaps the index when the model holds a different catalogue document. */
  update(model: ReadModel): SearchIndex {
    if (this.held?.document !== model.document) {
      this.swap({ document: model.document, index: this.build(model) });
    }
    return (this.held as Held).index;
  }

  private swap(next: Held): void {
    this.previous = this.held;
    this.held = next;
    clearTimeout(this.releaseTimer);
    this.releaseTimer = setTimeout(() => (this.previous = undefined), PREVIOUS_GRACE_MS);
    this.releaseTimer.unref();
    for (const listener of this.swapListeners) listener();
  }

  /**
   * The index for the model a request is serving. Normally already built by the change event; a
   * request that took its model just before a swap gets the previous index (never a rebuild that
   * would swap the old catalogue back; after the grace period it gets the newest index). Without a
   * store to follow, a new model gets its index built here, once.
   */
  indexFor(model: ReadModel): SearchIndex {
    if (this.background) {
      if (this.held?.document === model.document) return this.held.index;
      if (this.previous?.document === model.document) return this.previous.index;
      // The index of this catalogue is still being built: the last one answers meanwhile.
      return this.held?.index ?? NOT_READY;
    }
    if (this.held && this.held.document !== model.document) {
      if (this.previous?.document === model.document) return this.previous.index;
      // Following a store, the held index is the newest catalogue: never swap an older one back.
      if (this.unsubscribe) return this.held.index;
    }
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
    // A background build still running is dropped when it ends (it is no longer the wanted one).
    this.wanted = undefined;
    clearTimeout(this.releaseTimer);
  }
}
