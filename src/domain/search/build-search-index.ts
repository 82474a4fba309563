import lunr from 'lunr';
import type { ReadModel } from '../../services/catalogue/read-model';
import { parseSearchQuery } from './parse-search-query';
import { SEARCH_FIELDS, SEARCH_FIELD_NAMES, searchDocument } from './search-document';
import { configureBuilder } from './search-pipeline';
import { runSearch } from './run-search';
import { searchable } from './score-terms';
import { SEARCH_LIMITS, type SearchIndex, type SearchLimits, type SearchOutcome } from './search.types';

/**
 * Builds the full-text index over a read model. Built once per model version (start-up and after
 * each catalogue change), never per request: at 10,000 services a build takes about a second.
 */
export function buildSearchIndex(model: ReadModel, limits: SearchLimits = SEARCH_LIMITS): SearchIndex {
  const builder = newBuilder();
  for (const entry of model.services) builder.add(searchDocument(entry, model));
  return searchIndexOf(builder.build(), model, limits);
}

/** Services added to the index between two turns of the event loop in a background build. */
const STEP = 200;

/**
 * The same index, built in steps that give the event loop a turn between them, so a server can
 * answer requests while a large catalogue (tens of thousands of services) is being indexed. Only
 * lunr's final step (building the token set) runs in one piece.
 */
export async function buildSearchIndexInSteps(
  model: ReadModel,
  limits: SearchLimits = SEARCH_LIMITS,
): Promise<SearchIndex> {
  const builder = newBuilder();
  for (let i = 0; i < model.services.length; i += STEP) {
    for (const entry of model.services.slice(i, i + STEP)) builder.add(searchDocument(entry, model));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return searchIndexOf(builder.build(), model, limits);
}

function newBuilder(): lunr.Builder {
  const builder = new lunr.Builder();
  configureBuilder(builder);
  builder.ref('id');
  for (const field of SEARCH_FIELD_NAMES) builder.field(field, { boost: SEARCH_FIELDS[field] });
  return builder;
}

function searchIndexOf(index: lunr.Index, model: ReadModel, limits: SearchLimits): SearchIndex {
  const prepared = searchable(index);
  const ids = model.services.map((e) => e.service.id);
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
