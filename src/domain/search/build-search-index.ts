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
  const index = lunr(function () {
    configureBuilder(this);
    this.ref('id');
    for (const field of SEARCH_FIELD_NAMES) this.field(field, { boost: SEARCH_FIELDS[field] });
    for (const entry of model.services) this.add(searchDocument(entry, model));
  });
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
