import { LRUCache } from 'lru-cache';
import type { ReadModel } from '../../domain/catalogue/read-model';
import { stableHash } from '../../domain/stable-hash';

/** Upper bound of the cached bodies together (bytes). */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** Spreads the bits of a 32-bit hash (MurmurHash3's finaliser), so similar URLs fill different buckets. */
function mix(hash: number): number {
  let h = hash;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** How many recently missed keys the cache remembers (by hash) to admit on their second miss. */
const MISSED_SLOTS = 1 << 16;

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
  /** Hashes of recently missed keys, in buckets of two slots (a newer key pushes out the oldest). */
  private readonly missed = new Uint32Array(MISSED_SLOTS);

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
    this.missed.fill(0);
  }

  /**
   * Whether the response to a key that just missed should be kept: only when the key missed once
   * before (since the cache was last emptied). A URL asked for once, such as one of the countless
   * filter combinations a crawler walks, then costs no cache memory and pushes no popular page
   * out; a page asked for twice is served from the cache from its third request on.
   */
  admits(key: string): boolean {
    const hash = mix(stableHash(key)) || 1;
    // Two slots per bucket, the newer key first: a third key in the bucket pushes out the oldest.
    const first = (hash & (MISSED_SLOTS / 2 - 1)) * 2;
    if (this.missed[first] === hash || this.missed[first + 1] === hash) return true;
    this.missed[first + 1] = this.missed[first];
    this.missed[first] = hash;
    return false;
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
