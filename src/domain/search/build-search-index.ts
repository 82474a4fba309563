import type { ReadModel } from '../catalogue/read-model';
import { parseSearchQuery } from './parse-search-query';
import { PostingsBuilder, type PostingsIndex } from './postings-index';
import { searchDocument } from './search-document';
import { runSearch } from './run-search';
import { searchable } from './score-terms';
import { SEARCH_LIMITS, type SearchIndex, type SearchLimits, type SearchOutcome } from './search.types';

/**
 * Builds the full-text index over a read model. Built once per model version (start-up and after
 * each catalogue change), never per request.
 */
export function buildSearchIndex(model: ReadModel, limits: SearchLimits = SEARCH_LIMITS): SearchIndex {
  const builder = new PostingsBuilder();
  for (const entry of model.services) builder.add(searchDocument(entry, model));
  return searchIndexOf(builder.build(), model, limits);
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
  return searchIndexOf(builder.build(), model, limits);
}

function searchIndexOf(postings: PostingsIndex, model: ReadModel, limits: SearchLimits): SearchIndex {
  const prepared = searchable(postings);
  const ids = postings.refs;
  const documentOf = (id: string) => {
    const entry = model.serviceById.get(id);
    return entry ? searchDocument(entry, model) : undefined;
  };
  return {
    version: model.version,
    size: ids.length,
    search(q: string): SearchOutcome {
      const parsed = parseSearchQuery(q, limits);
      if (!parsed.ok) return parsed;
      return runSearch(prepared, { ids, documentOf }, parsed.query);
    },
  };
}
