import { buildListUrl, withoutValue, withValue, type FilterQuery } from '../../domain/filters';
import type { FacetOptionPage } from '../../domain/filters/facet-option-list';
import type { ReadModel } from '../../domain/catalogue/read-model';
import { localized, plural, type Lang, type Translate } from '../../i18n/i18n';
import { describeFilters } from './describe-filters';
import { facetLabel } from './filter-labels';
import { presentPagination, type PaginationView } from './pagination.presenter';

export interface FacetOptionView {
  label: string;
  count: string;
  selected: boolean;
  /** The result list with this option added (or, when selected, removed); every other filter kept. */
  href: string;
  /** Accessible text of the link: what following it does. */
  action: string;
  /** Anchor of the first option with its initial on this page. */
  anchor?: string;
}

export interface FacetOptionsPageView {
  title: string;
  breadcrumbs: { href?: string; label: string }[];
  intro: string;
  summary: string;
  backHref: string;
  listLabel: string;
  initials: { initial: string; href: string }[];
  options: FacetOptionView[];
  showing?: string;
  pagination?: PaginationView;
}

export interface FacetOptionsInput {
  model: ReadModel;
  query: FilterQuery;
  list: FacetOptionPage;
  /** Matches of the whole selection, for the summary sentence. */
  total: number;
  /** The result list's path (/services or /categories/:id). */
  basePath: string;
  categoryId?: string;
}

/** The view model of /services/facets/:facet and /categories/:id/facets/:facet. */
export function presentFacetOptionsPage(
  input: FacetOptionsInput,
  t: Translate,
  lang: Lang,
): FacetOptionsPageView {
  const { model, query, list, total, basePath, categoryId } = input;
  const urlOptions = { fixedCategory: categoryId };
  const path = `${basePath}/facets/${list.facet}`;
  const facet = facetLabel(t, list.facet);
  const backHref = buildListUrl(basePath, { ...query, page: 1 }, urlOptions);
  const title = t('filters.options.title', { facet });
  const seen = new Set<string>();
  const options = list.items.map((item): FacetOptionView => {
    const next = item.selected
      ? withoutValue(query, list.facet, item.value)
      : withValue(query, list.facet, item.value);
    const first = !seen.has(item.initial);
    seen.add(item.initial);
    return {
      label: item.label,
      count: plural(t, 'filters.options.count', item.count),
      selected: item.selected,
      href: buildListUrl(basePath, next, urlOptions),
      action: t(item.selected ? 'filters.options.remove' : 'filters.options.add'),
      ...(first ? { anchor: anchorOf(item.initial) } : {}),
    };
  });
  const from = list.offset + 1;
  return {
    title,
    breadcrumbs: [
      {
        href: backHref,
        label: localized(model.categories.get(categoryId ?? '')?.name, lang) || t('filters.page.title'),
      },
      { label: title },
    ],
    intro: t('filters.options.intro'),
    summary: describeFilters(query, model, lang, total, { basePath, ...urlOptions }).summary,
    backHref,
    listLabel: t('filters.options.listLabel', { facet }),
    initials: list.initials.map(({ initial, page }) => ({
      initial,
      href: `${buildListUrl(path, { ...query, page }, urlOptions)}#${anchorOf(initial)}`,
    })),
    options,
    showing:
      options.length > 0
        ? t('filters.options.showing', { from, to: from + options.length - 1, total: list.total })
        : undefined,
    pagination: presentPagination(query, list.pageCount, path, urlOptions, t),
  };
}

const anchorOf = (initial: string) => `initial-${initial === '#' ? 'other' : initial}`;
