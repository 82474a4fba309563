import { plural, translator, type Lang, type Translate } from '../../i18n/i18n';
import type { ReadModel } from '../../domain/catalogue/read-model';
import { DIMENSIONS } from '../../domain/sovereignty/sovereignty.types';
import { FACETS, type FacetName } from '../../domain/filters/facets';
import {
  MIN_DIMENSION_PARAMS,
  emptyFilterQuery,
  type FilterQuery,
} from '../../domain/filters/filter-query.types';
import { buildListUrl, withoutValue, type ListUrlOptions } from '../../domain/filters/filter-url';
import { facetLabel, joinList, optionLabel } from './filter-labels';

export interface FilterChip {
  parameter: FacetName;
  value: string;
  /** e.g. "Certificaat: ISO 27001" */
  label: string;
  /** The same list without this value. */
  removeUrl: string;
}

export interface FilterDescription {
  /** One sentence in words: "12 diensten in Rekenkracht met minimaal niveau 3 en ISO 27001". */
  summary: string;
  chips: FilterChip[];
  /** The list without any filter (a search and the language stay). */
  clearUrl: string;
}

export interface DescribeOptions extends ListUrlOptions {
  /** Path of the list the URLs point to, e.g. /services or /categories/compute. */
  basePath: string;
}

/**
 * Describes an active query in words for the summary sentence, the removable chips and the
 * clear-all link. A category fixed by the page counts in the sentence but is not a chip.
 */
export function describeFilters(
  query: FilterQuery,
  model: ReadModel,
  lang: Lang,
  total: number,
  options: DescribeOptions,
): FilterDescription {
  const t = translator(lang);
  const label = (facet: FacetName, value: string): string => optionLabel(t, model, lang, facet, value);

  const chips: FilterChip[] = [];
  for (const facet of FACETS) {
    for (const value of facet.selected(query)) {
      if (facet.name === 'category' && value === options.fixedCategory) continue;
      chips.push({
        parameter: facet.name,
        value,
        label: `${facetLabel(t, facet.name)}: ${label(facet.name, value)}`,
        removeUrl: buildListUrl(options.basePath, withoutValue(query, facet.name, value), options),
      });
    }
  }

  const clear: FilterQuery = {
    ...emptyFilterQuery(),
    q: query.q,
    lang: query.lang,
    category: options.fixedCategory !== undefined ? [options.fixedCategory] : [],
    perPage: query.perPage,
    sort: query.sort,
  };
  return {
    summary: summarize(t, query, total, label),
    chips,
    clearUrl: buildListUrl(options.basePath, clear, options),
  };
}

function summarize(
  t: Translate,
  query: FilterQuery,
  total: number,
  label: (facet: FacetName, value: string) => string,
): string {
  const parts = [plural(t, 'filters.summary.count', total)];
  if (query.q) parts.push(t('filters.summary.search', { q: query.q }));
  if (query.category.length > 0) {
    const names = query.category.map((id) => label('category', id));
    parts.push(t('filters.summary.in', { categories: joinList(t, names, 'or') }));
  }
  const either = (facet: FacetName, values: readonly string[]): string =>
    joinList(
      t,
      values.map((v) => label(facet, v)),
      'or',
    );

  const conditions: string[] = [];
  if (query.level !== undefined) conditions.push(t('filters.summary.level', { level: query.level }));
  for (const dimension of DIMENSIONS) {
    const min = query[MIN_DIMENSION_PARAMS[dimension]];
    if (min !== undefined) {
      conditions.push(
        t('filters.summary.minDimension', { level: min, dimension: t(`filters.dimension.${dimension}`) }),
      );
    }
  }
  if (query.lot.length > 0) conditions.push(t('filters.summary.lot', { lots: either('lot', query.lot) }));
  if (query.model.length > 0)
    conditions.push(t('filters.summary.model', { models: either('model', query.model) }));
  for (const scheme of query.cert) conditions.push(label('cert', scheme));
  if (query.location) conditions.push(t(`filters.summary.location.${query.location}`));
  if (query.control.length > 0) {
    conditions.push(t('filters.summary.control', { controls: either('control', query.control) }));
  }
  if (query.providerType.length > 0) {
    conditions.push(t('filters.summary.providerType', { types: either('providerType', query.providerType) }));
  }
  if (query.openSource) conditions.push(t('filters.summary.openSource'));
  if (query.selfHostable) conditions.push(t('filters.summary.selfHostable'));
  if (query.checked) conditions.push(t('filters.summary.checked'));
  if (query.capability.length > 0) {
    conditions.push(
      t('filters.summary.capability', { capabilities: either('capability', query.capability) }),
    );
  }
  if (query.provider.length > 0) {
    conditions.push(t('filters.summary.provider', { providers: either('provider', query.provider) }));
  }
  if (conditions.length > 0)
    parts.push(t('filters.summary.with', { conditions: joinList(t, conditions, 'and') }));
  return parts.join(' ');
}
