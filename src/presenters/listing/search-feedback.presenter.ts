import { buildListUrl, type FacetName, type ListUrlOptions } from '../../domain/filters';
import { plural, type Translate } from '../../i18n/i18n';
import type { SearchedList } from '../../services/search/search-listing';

export interface SearchFeedbackView {
  /** Why the words could not be searched (the list then ignores them). */
  error?: string[];
  /** Ways out of an empty search result. */
  relaxations?: { href: string; label: string }[];
}

/** What a list page says about its search words: a failed search, or what to drop when nothing matched. */
export function presentSearchFeedback(
  searched: SearchedList,
  basePath: string,
  urlOptions: ListUrlOptions,
  label: (parameter: FacetName, value: string) => string,
  t: Translate,
): SearchFeedbackView | undefined {
  const outcome = searched.search;
  if (!outcome) return undefined;
  if (!outcome.ok) {
    return {
      error: [
        t('search.error.title'),
        t(`search.error.${outcome.reason}`, { limit: outcome.limit ?? '' }),
        t('search.error.withoutSearch'),
      ],
    };
  }
  if (!searched.relaxations) return undefined;
  return {
    relaxations: searched.relaxations.map((r) => ({
      href: buildListUrl(basePath, r.query, urlOptions),
      label:
        r.kind === 'filter' && r.parameter && r.value !== undefined
          ? plural(t, 'search.noResults.dropFilter', r.count, { filter: label(r.parameter, r.value) })
          : plural(
              t,
              r.kind === 'allFilters' ? 'search.noResults.dropAllFilters' : 'search.noResults.dropSearch',
              r.count,
            ),
    })),
  };
}
