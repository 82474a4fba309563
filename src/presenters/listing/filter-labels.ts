import { localized, type Lang, type Translate } from '../../i18n/i18n';
import type { ReadModel } from '../../domain/catalogue/read-model';
import type { FacetName } from '../../domain/filters/facets';

/**
 * The label of one facet option, as the filter panel and the chips show it: catalogue names for
 * ids (falling back to the id), message keys `filters.option.<facet>.<value>` for vocabularies.
 */
export function optionLabel(
  t: Translate,
  model: ReadModel,
  lang: Lang,
  facet: FacetName,
  value: string,
): string {
  switch (facet) {
    case 'category':
      return localized(model.categories.get(value)?.name, lang) || value;
    case 'capability':
      return localized(model.capabilities.get(value)?.name, lang) || value;
    case 'provider':
      return model.providers.get(value)?.name ?? value;
    case 'level':
    case 'minJurisdiction':
    case 'minData':
    case 'minOpenness':
    case 'minAssurance':
      return t('filters.option.minLevel', { level: value });
    default:
      return t(`filters.option.${facet}.${value}`);
  }
}

/** The heading of a facet in the filter panel and the prefix of its chips. */
export function facetLabel(t: Translate, facet: FacetName): string {
  return t(`filters.facet.${facet}`);
}

/** "a, b en c" / "a, b and c" (or with "of"/"or"). */
export function joinList(t: Translate, items: readonly string[], conjunction: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  const word = t(`filters.summary.${conjunction}`);
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}
