import {
  buildListUrl,
  DEFAULT_PER_PAGE,
  filterQueryParams,
  SORT_KEYS,
  type FilterQuery,
} from '../../domain/filters';
import { localized, type Lang, type Translate } from '../../i18n/i18n';
import type { ReadModel } from '../../domain/catalogue/read-model';
import { appliedQuery, type SearchedList } from '../../domain/search/search-listing';
import { formatDate } from '../facts/fact.presenter';
import { describeFilters, type FilterChip } from './describe-filters';
import { optionLabel } from './filter-labels';
import { presentFilterPanel, type FacetView } from './filter-panel.presenter';
import { presentPagination, type PaginationView } from './pagination.presenter';
import { presentSearchFeedback, type SearchFeedbackView } from './search-feedback.presenter';
import { serviceCardOf, type ServiceCardView } from './service-card.presenter';
import { presentSearchHighlight, type SearchHighlightView } from '../search/search-highlight.presenter';
import { changesFeedLink } from '../history/history-page.presenter';

const PER_PAGE_CHOICES = [10, 20, 50, 100];

export interface ListingPageView {
  title: string;
  breadcrumbs: { href?: string; label: string }[];
  intro: string;
  formAction: string;
  q?: string;
  summary: string;
  chips: FilterChip[];
  /** "Filters (2 actief)": the control that shows the filters on a narrow screen. */
  filtersToggle: string;
  clearUrl: string;
  disclaimer: { text: string; methodHref: string };
  /** Parameters the filter form carries unchanged (order, page size). */
  filterHidden: [string, string][];
  /** The checked-only view is on (levels count only sources the marketplace checked). */
  checkedOnly: boolean;
  /** Parameters the sort form carries unchanged (every filter and the search). */
  sortHidden: [string, string][];
  /** The same selection as CSV (every matching service, not one page). */
  csv: { href: string; hint: string };
  /** The selection's Atom feed and its list of changes ("Volg deze selectie"); only with a history. */
  feed?: { href: string; title: string; changesHref: string };
  sortOptions: { value: string; label: string; selected: boolean }[];
  perPageOptions: { value: number; selected: boolean }[];
  facets: FacetView[];
  cards: (ServiceCardView & { highlight?: SearchHighlightView })[];
  /** "Diensten 21 tot en met 40 van 49"; undefined when the page is empty. */
  showing?: string;
  /** Set when the query matches services but the page number is past the last page. */
  firstPageHref?: string;
  pagination?: PaginationView;
  search?: SearchFeedbackView;
}

export interface ListingInput {
  model: ReadModel;
  query: FilterQuery;
  searched: SearchedList;
  basePath: string;
  /** The category page's category; undefined on /services. */
  categoryId?: string;
  /** Whether the app keeps a history (feeds and /changes exist). */
  followable?: boolean;
}

/** The view model of /services and /categories/:id. */
export function presentListingPage(input: ListingInput, t: Translate, lang: Lang): ListingPageView {
  const { model, query, searched, basePath, categoryId, followable } = input;
  const { result } = searched;
  const urlOptions = { fixedCategory: categoryId };
  // A search that could not run was left out of the list, so the sentence leaves it out too.
  const described = appliedQuery(query, searched);
  const description = describeFilters(described, model, lang, result.total, { basePath, ...urlOptions });
  const from = (result.page - 1) * result.perPage + 1;
  const sort = query.sort ?? (query.q ? 'relevance' : 'level');
  const params = filterQueryParams(query, urlOptions);

  return {
    ...heading(model, categoryId, t, lang),
    formAction: basePath,
    q: query.q,
    summary: description.summary,
    chips: description.chips,
    filtersToggle: t('filters.page.filtersToggle', { count: description.chips.length }),
    clearUrl: description.clearUrl,
    disclaimer: {
      text: t('sovereignty.panel.disclaimer', { date: formatDate(model.assessedOn, lang) }),
      methodHref: '/method',
    },
    checkedOnly: query.checked === true,
    filterHidden: params.filter(([name]) => name === 'sort' || name === 'perPage' || name === 'lang'),
    sortHidden: params.filter(([name]) => name !== 'sort' && name !== 'perPage' && name !== 'page'),
    feed: followable ? selectionFeed(model, query, categoryId, t, lang) : undefined,
    csv: {
      href: buildListUrl(`${basePath}.csv`, { ...query, page: 1 }, urlOptions),
      hint: t('api.csv.linkHint', { count: result.total }),
    },
    sortOptions: SORT_KEYS.filter((key) => key !== 'relevance' || query.q).map((key) => ({
      value: key,
      label: t(`filters.sort.${key}`),
      selected: key === sort,
    })),
    perPageOptions: [...new Set([...PER_PAGE_CHOICES, query.perPage])]
      .sort((a, b) => a - b)
      .map((n) => ({ value: n, selected: n === query.perPage })),
    facets: presentFilterPanel(result, query, model, t, lang, { basePath, fixedCategory: categoryId }),
    cards: result.items.map((entry) => {
      // The badge shows the level of the view in use; the checked-only view says so by name.
      const levelView = query.checked ? t('sovereignty.views.checkedOnly') : undefined;
      const card = serviceCardOf(entry, model.assessedOn, t, lang, levelView);
      return searched.search?.ok
        ? { ...card, highlight: presentSearchHighlight(entry, model, searched.search, t, lang) }
        : card;
    }),
    showing:
      result.items.length > 0
        ? t('filters.page.showing', { from, to: from + result.items.length - 1, total: result.total })
        : undefined,
    firstPageHref:
      result.items.length === 0 && result.total > 0
        ? buildListUrl(basePath, { ...query, page: 1 }, urlOptions)
        : undefined,
    pagination: presentPagination(query, result.pageCount, basePath, urlOptions, t),
    search: presentSearchFeedback(
      searched,
      basePath,
      urlOptions,
      (parameter, value) => optionLabel(t, model, lang, parameter, value),
      t,
    ),
  };
}

function heading(
  model: ReadModel,
  categoryId: string | undefined,
  t: Translate,
  lang: Lang,
): Pick<ListingPageView, 'title' | 'breadcrumbs' | 'intro'> {
  const category = categoryId === undefined ? undefined : model.categories.get(categoryId);
  if (!category) {
    return {
      title: t('filters.page.title'),
      breadcrumbs: [{ label: t('filters.page.title') }],
      intro: t('filters.page.intro'),
    };
  }
  const name = localized(category.name, lang);
  const lot = t(`filters.option.lot.${category.lot}`);
  return {
    title: name,
    breadcrumbs: [{ href: `/services?lot=${category.lot}`, label: lot }, { label: name }],
    intro: localized(category.description, lang) || t('filters.page.categoryIntro', { category: name, lot }),
  };
}

/** The feed and the /changes list of the list's selection (a category page's category included). */
function selectionFeed(
  model: ReadModel,
  query: FilterQuery,
  categoryId: string | undefined,
  t: Translate,
  lang: Lang,
): ListingPageView['feed'] {
  const selection: FilterQuery = {
    ...query,
    q: undefined,
    sort: undefined,
    page: 1,
    perPage: DEFAULT_PER_PAGE,
    category: categoryId ? [...new Set([categoryId, ...query.category])] : query.category,
  };
  return { ...changesFeedLink(selection, model, t, lang), changesHref: buildListUrl('/changes', selection) };
}
