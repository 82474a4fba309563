import { buildListUrl, type FacetName, type ListUrlOptions } from '../../domain/filters';
import { plural, type Translate } from '../../i18n/i18n';
import type { SearchedList } from '../../domain/search/search-listing';
import { presentSearchNotes } from '../search/search-highlight.presenter';

export interface SearchFeedbackView {
  /** Why the words could not be searched (the list then ignores them). */
  error?: string[];
  /** Ways out of an empty search result. */
  relaxations?: { href: string; label: string }[];
  /** Above the ways out ("Probeer het zo:"), or why there are none. */
  relaxationsIntro?: string;
  /** How the words were searched (none had them all; words too common to search). */
  notes?: string[];
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
  const notes = presentSearchNotes(outcome, t);
  if (!searched.relaxations) return notes.length > 0 ? { notes } : undefined;
  return {
    notes,
    relaxationsIntro: t(
      searched.relaxations.length > 0 ? 'search.noResults.try' : 'search.noResults.nothingHelps',
    ),
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
