import type { ReadModel } from '../catalogue/read-model';
import type { SearchField } from './search-document';

/** A matched range in a field's text: [start, length] in UTF-16 code units, as lunr reports it. */
export type Position = readonly [start: number, length: number];

/** Where the words of a query matched one service, per field (sorted, overlaps merged). */
export type FieldPositions = Partial<Record<SearchField, Position[]>>;

/** Why a query could not be run; each has a message under `search.error.<reason>`. */
export type SearchFailureReason = 'syntax' | 'tooLong' | 'tooManyTerms' | 'noTerms' | 'notReady';

export interface SearchLimits {
  /** Characters in the query, after trimming. */
  maxLength: number;
  /** Words (clauses) in the query. */
  maxTerms: number;
}

export const SEARCH_LIMITS: SearchLimits = { maxLength: 200, maxTerms: 20 };

/** How a word must occur: plain words are required unless no service has them all (see mode). */
export type TermPresence = 'plain' | 'required' | 'prohibited';

export interface QueryTerm {
  /** The word as typed (lower case), for the summary sentence. */
  text: string;
  presence: TermPresence;
  /** Index terms to look up: the Dutch and English stems, or the pattern of a wildcard term. */
  stems: string[];
  /** The user wrote a wildcard (`clou*`): no stemming, no fuzziness. */
  wildcard: boolean;
  /** Edit distance the user asked for (`nextclod~1`), capped at 2. */
  editDistance?: number;
  boost: number;
}

export interface ParsedQuery {
  terms: QueryTerm[];
  /** Words dropped because they are stop words in Dutch or English ("de", "the"). */
  ignored: string[];
}

/**
 * `all`: every plain word occurs in each result (the default). `any`: no service had all plain
 * words, so results have every +word and at least one plain word (with +words present, plain words
 * only raise the rank), ranked by how well they match.
 */
export type MatchMode = 'all' | 'any';

export interface SearchSuccess {
  ok: true;
  /** Matching service ids with their score (higher is better). Services not in the map did not match. */
  relevance: Map<string, number>;
  /**
   * Where the words matched one service, for highlighting. Computed on demand: a page shows 20
   * results, a broad word at G-Cloud scale matches thousands.
   */
  positions(serviceId: string): FieldPositions;
  /** The words searched (without operators or stop words), for the summary sentence. */
  words: string[];
  /** Words that must not occur (`-word`). */
  excluded: string[];
  ignored: string[];
  mode: MatchMode;
  /** How many (service, score) pairs the outcome keeps, relevance and highlighting together: its size in memory. */
  held: number;
}

export interface SearchFailure {
  ok: false;
  reason: SearchFailureReason;
  /** For `syntax`: where the problem is in the query (character offsets), when lunr says. */
  at?: { start: number; end: number };
  /** For `tooLong` / `tooManyTerms`: the limit that was exceeded. */
  limit?: number;
}

export type SearchOutcome = SearchSuccess | SearchFailure;

export interface SearchIndex {
  /** The version of the read model this index was built from. */
  readonly version: string;
  readonly size: number;
  /** Never throws for any input string. */
  search(q: string): SearchOutcome;
}

/** What a listing needs of a search index (the app's is services/search/search-service.ts). */
export interface CatalogueSearch {
  /** Runs the words of `q` over the catalogue of `model`; never throws for any query string. */
  search(model: ReadModel, q: string): SearchOutcome;
}
