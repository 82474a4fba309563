import { LRUCache } from 'lru-cache';
import type { ReadModel } from '../catalogue/read-model';
import { parseSearchQuery } from './parse-search-query';
import { PostingsBuilder, type PostingsIndex } from './postings-index';
import { searchDocument } from './search-document';
import { runSearch } from './run-search';
import { searchable } from './score-terms';
import {
  SEARCH_LIMITS,
  type SearchIndex,
  type SearchLimits,
  type SearchOutcome,
  type SearchSuccess,
} from './search.types';

/** How many outcomes of recent queries an index keeps, and how many (service, score) pairs at most. */
export interface RecentSearchLimits {
  queries: number;
  pairs: number;
}

/** ~200,000 pairs: a few MB, the outcomes of dozens of broad searches at 40,000 services. */
export const RECENT_SEARCHES: RecentSearchLimits = { queries: 256, pairs: 200_000 };

/**
 * Builds the full-text index over a read model. Built once per model version (start-up and after
 * each catalogue change), never per request.
 */
export function buildSearchIndex(
  model: ReadModel,
  limits: SearchLimits = SEARCH_LIMITS,
  recent: RecentSearchLimits = RECENT_SEARCHES,
): SearchIndex {
  const builder = new PostingsBuilder();
  for (const entry of model.services) builder.add(searchDocument(entry, model));
  return searchIndexOf(builder.build(), model, limits, recent);
}

/** Services added to the index between two turns of the event loop in a background build. */
const STEP = 200;

/**
 * The same index, built in steps that give the event loop a turn between them, so a server can
 * answer requests while a large catalogue (tens of thousands of services) is being indexed. Only
 * the final step (sorting the postings, building the token set) runs in one piece.
 */
export async function buildSearchIndexInSteps(
  model: ReadModel,
  limits: SearchLimits = SEARCH_LIMITS,
): Promise<SearchIndex> {
  const builder = new PostingsBuilder();
  for (let i = 0; i < model.services.length; i += STEP) {
    for (const entry of model.services.slice(i, i + STEP)) builder.add(searchDocument(entry, model));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return searchIndexOf(builder.build(), model, limits, RECENT_SEARCHES);
}

function searchIndexOf(
  postings: PostingsIndex,
  model: ReadModel,
  limits: SearchLimits,
  recent: RecentSearchLimits,
): SearchIndex {
  const prepared = searchable(postings);
  const ids = postings.refs;
  const documentOf = (id: string) => {
    const entry = model.serviceById.get(id);
    return entry ? searchDocument(entry, model) : undefined;
  };
  // The outcomes of recent queries, by their parsed words: a buyer pages, sorts and filters a search
  // with the same words, and every such page would otherwise look the words up again (fuzzy matching
  // was ~18% of the CPU of a search page nobody asked for yet). An outcome is never changed after it
  // is made, and the cache goes with the index when the catalogue changes.
  const outcomes = new LRUCache<string, SearchSuccess>({
    max: recent.queries,
    maxSize: recent.pairs,
    sizeCalculation: (outcome) => outcome.held + 1,
  });
  return {
    version: model.version,
    size: ids.length,
    search(q: string): SearchOutcome {
      const parsed = parseSearchQuery(q, limits);
      if (!parsed.ok) return parsed;
      const key = JSON.stringify(parsed.query);
      let outcome = outcomes.get(key);
      if (!outcome) {
        outcome = runSearch(prepared, { ids, documentOf }, parsed.query);
        // One outcome larger than the whole budget is not kept (LRUCache refuses it).
        outcomes.set(key, outcome);
      }
      return outcome;
    },
  };
}
