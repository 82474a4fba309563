import { LRUCache } from 'lru-cache';
import type { ReadModel } from '../catalogue/read-model';

/** Upper bound of the cached bodies together (bytes of UTF-16 text, roughly). */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

export interface CachedBody {
  body: string;
  /** The body contains the CSRF placeholder to be replaced by this visitor's token. */
  usesCsrfToken: boolean;
}

/**
 * Rendered responses of the current read model, keyed by what decides their bytes (model version,
 * language, compare basket, URL). Pages are a pure function of those, so a hit can be sent as is;
 * a catalogue change or a new assessment date changes the model version, and the cache is emptied
 * so stale bytes are never served and never kept.
 */
export class ResponseCache {
  private readonly lru: LRUCache<string, CachedBody>;

  constructor(maxBytes = DEFAULT_MAX_BYTES) {
    this.lru = new LRUCache<string, CachedBody>({
      maxSize: maxBytes,
      sizeCalculation: (value, key) => (value.body.length + key.length) * 2 || 1,
    });
  }

  /** Empties the cache whenever the store swaps in a new read model. */
  follow(store: { onChange(listener: (model: ReadModel) => void): () => void }): () => void {
    return store.onChange(() => this.lru.clear());
  }

  clear(): void {
    this.lru.clear();
  }

  get(key: string): CachedBody | undefined {
    return this.lru.get(key);
  }

  set(key: string, value: CachedBody): void {
    this.lru.set(key, value);
  }

  get size(): number {
    return this.lru.size;
  }
}
