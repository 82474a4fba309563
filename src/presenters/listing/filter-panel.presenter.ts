import { FACETS, type FacetName, type Facets, type FilterQuery } from '../../domain/filters';
import type { Lang, Translate } from '../../i18n/i18n';
import type { ReadModel } from '../../domain/catalogue/read-model';
import { facetLabel, optionLabel } from './filter-labels';

export interface FacetOptionView {
  /** Unique element id for the label's `for`. */
  id: string;
  value: string;
  label: string;
  /** Undefined for the "no preference" choice of a single-choice facet. */
  count?: number;
  checked: boolean;
}

export interface FacetView {
  name: FacetName;
  legend: string;
  /** Single-choice facets (minimum levels, location) are radio groups with a "no preference" choice. */
  type: 'radio' | 'checkbox';
  /** Shown unfolded: the main facets, and any facet with a selection. */
  open: boolean;
  options: FacetOptionView[];
}

const OPEN_FACETS: ReadonlySet<FacetName> = new Set([
  'category',
  'lot',
  'model',
  'level',
  'cert',
  'location',
]);

const SINGLE_CHOICE: ReadonlySet<FacetName> = new Set([
  'level',
  'minJurisdiction',
  'minData',
  'minOpenness',
  'minAssurance',
  'location',
]);

/** Facets a category page leaves out: its category (and so its lot) is fixed by the path. */
const FIXED_BY_CATEGORY: ReadonlySet<FacetName> = new Set(['category', 'lot']);

/** The filter panel: every facet with every option and its count (options with 0 stay). */
export function presentFilterPanel(
  facets: Facets,
  query: FilterQuery,
  model: ReadModel,
  t: Translate,
  lang: Lang,
  fixedCategory?: string,
): FacetView[] {
  return FACETS.filter((facet) => fixedCategory === undefined || !FIXED_BY_CATEGORY.has(facet.name)).map(
    (facet) => {
      const type = SINGLE_CHOICE.has(facet.name) ? 'radio' : 'checkbox';
      const options: FacetOptionView[] = facets[facet.name].map((option) => ({
        id: `f-${facet.name}-${option.value}`,
        value: option.value,
        label: optionLabel(t, model, lang, facet.name, option.value),
        count: option.count,
        checked: option.selected,
      }));
      const none = facet.selected(query).length === 0;
      if (type === 'radio') {
        options.unshift({
          id: `f-${facet.name}-any`,
          value: '',
          label: t('filters.page.any'),
          checked: none,
        });
      }
      const open = OPEN_FACETS.has(facet.name) || !none;
      return { name: facet.name, legend: facetLabel(t, facet.name), type, open, options };
    },
  );
}
