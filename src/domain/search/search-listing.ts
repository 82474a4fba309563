import {
  FACETS,
  countMatches,
  emptyFilterQuery,
  filterServices,
  withoutValue,
  type FacetName,
  type FilterQuery,
  type FilterResult,
} from '../filters';
import type { CatalogueSearch, SearchOutcome } from './search.types';
import type { ReadModel } from '../catalogue/read-model';

/** A way out of an empty result: the same list without one filter, all filters, or the words. */
export interface Relaxation {
  kind: 'filter' | 'allFilters' | 'search';
  parameter?: FacetName;
  value?: string;
  /** How many services the relaxed query yields (always > 0). */
  count: number;
  query: FilterQuery;
}

export interface SearchedList {
  result: FilterResult;
  /** The search outcome when the query has words (`q`); a failure means the list ignores `q`. */
  search?: SearchOutcome;
  /** Set when a search with filters found nothing: what to drop to find something. */
  relaxations?: Relaxation[];
}

export interface ListOptions {
  /** The category fixed by the page (/categories/:id): never offered for removal. */
  fixedCategory?: string;
}

/**
 * The query without its words: what a list shows when its search could not run, and the way out
 * of an empty search. The relevance order goes with the words.
 */
export function withoutWords(query: FilterQuery): FilterQuery {
  return { ...query, q: undefined, sort: query.sort === 'relevance' ? undefined : query.sort };
}

/** The query a list was made from: without the words when its search could not run. */
export function appliedQuery(query: FilterQuery, searched: Pick<SearchedList, 'search'>): FilterQuery {
  return searched.search?.ok === false ? withoutWords(query) : query;
}

/**
 * Runs a list query: the words of `q` through the search index, then the filters over the matches
 * (so facet counts reflect both), ordered by relevance unless another sort was chosen. A query
 * that cannot run leaves the words out and reports why; an empty search result lists which
 * filters to drop.
 */
export function searchAndFilter(
  model: ReadModel,
  query: FilterQuery,
  search: CatalogueSearch,
  options: ListOptions = {},
): SearchedList {
  if (!query.q) return { result: filterServices(model, query) };
  const outcome = search.search(model, query.q);
  if (!outcome.ok) return { result: filterServices(model, withoutWords(query)), search: outcome };
  const relevance = outcome.relevance;
  const result = filterServices(model, query, { relevance });
  if (result.total > 0) return { result, search: outcome };
  return { result, search: outcome, relaxations: relaxations(model, query, relevance, options) };
}

function relaxations(
  model: ReadModel,
  query: FilterQuery,
  relevance: ReadonlyMap<string, number>,
  options: ListOptions,
): Relaxation[] {
  const found: Relaxation[] = [];
  const count = (q: FilterQuery, withRelevance: boolean): number =>
    countMatches(model, q, withRelevance ? { relevance } : {});

  let selections = 0;
  for (const facet of FACETS) {
    for (const value of facet.selected(query)) {
      if (facet.name === 'category' && value === options.fixedCategory) continue;
      selections += 1;
      const relaxed = withoutValue(query, facet.name, value);
      const n = count(relaxed, true);
      if (n > 0) found.push({ kind: 'filter', parameter: facet.name, value, count: n, query: relaxed });
    }
  }
  if (selections > 1) {
    const bare: FilterQuery = {
      ...emptyFilterQuery(),
      q: query.q,
      lang: query.lang,
      sort: query.sort,
      perPage: query.perPage,
      category: options.fixedCategory !== undefined ? [options.fixedCategory] : [],
    };
    const n = count(bare, true);
    if (n > 0) found.push({ kind: 'allFilters', count: n, query: bare });
  }
  const noWords: FilterQuery = { ...withoutWords(query), page: 1 };
  const n = count(noWords, false);
  if (n > 0) found.push({ kind: 'search', count: n, query: noWords });
  return found;
}
