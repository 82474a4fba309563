import { filterServices, type FilterQuery, type FilterResult } from '../../domain/filters';
import type { SearchFailure } from '../../domain/search/search.types';
import type { ReadModel } from '../catalogue/read-model';
import type { SearchService } from '../search/search-service';

export type ListOutcome =
  | { ok: true; result: FilterResult }
  /** The words of `q` could not be searched (syntax, too long, …); the list without them. */
  | { ok: false; failure: SearchFailure; withoutWords: FilterResult };

/**
 * Runs a validated list query as the list pages do: the words of `q` through the search index,
 * then the filters over the matches (facet counts reflect both), ordered by relevance unless
 * another sort was chosen. Filtering, counting and ordering are the filter module's own.
 */
export function listServices(model: ReadModel, query: FilterQuery, search: SearchService): ListOutcome {
  if (!query.q) return { ok: true, result: filterServices(model, query) };
  const outcome = search.search(model, query.q);
  if (!outcome.ok) {
    const withoutWords = {
      ...query,
      q: undefined,
      sort: query.sort === 'relevance' ? undefined : query.sort,
    };
    return { ok: false, failure: outcome, withoutWords: filterServices(model, withoutWords) };
  }
  return { ok: true, result: filterServices(model, query, { relevance: outcome.relevance }) };
}

/** The same query over the whole selection: one page holding every matching service. */
export function wholeSelection(query: FilterQuery, model: ReadModel): FilterQuery {
  return { ...query, page: 1, perPage: Math.max(1, model.services.length) };
}
