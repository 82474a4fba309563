import { LRUCache } from 'lru-cache';
import type { ReadModel } from '../../domain/catalogue/read-model';

/** Upper bound of the cached bodies together (bytes). */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * A response body kept as UTF-8 bytes, encoded once when it is stored. Sending a cached text page
 * used to encode it again on every hit, and a large page as a JS string (two bytes per character
 * once it holds any non-Latin-1 character) lands directly in the old generation of the heap: at
 * thousands of hits a second that garbage drove resident memory up by hundreds of megabytes.
 */
export interface CachedBody {
  /** The bytes, split where a per-visitor value goes (one part: nothing to fill in). */
  readonly parts: readonly Buffer[];
}

/** Encodes `text` for the cache, split at every `placeholder` (when given). */
export function cachedBody(text: string, placeholder?: string): CachedBody {
  const pieces = placeholder ? text.split(placeholder) : [text];
  return { parts: pieces.map((piece) => Buffer.from(piece, 'utf8')) };
}

/** The bytes to send: the parts joined by `fill()` (called only when there is something to fill in). */
export function bodyBytes(entry: CachedBody, fill?: () => string): Buffer {
  if (entry.parts.length === 1) return entry.parts[0];
  const value = Buffer.from(fill?.() ?? '', 'utf8');
  const joined: Buffer[] = [];
  entry.parts.forEach((part, i) => {
    if (i > 0) joined.push(value);
    joined.push(part);
  });
  return Buffer.concat(joined);
}

const byteSize = (entry: CachedBody): number => entry.parts.reduce((sum, part) => sum + part.length, 0);

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
      sizeCalculation: (value, key) => byteSize(value) + key.length * 2 || 1,
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
