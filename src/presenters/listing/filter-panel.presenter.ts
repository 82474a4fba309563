import {
  buildListUrl,
  FACETS,
  FIXED_BY_CATEGORY,
  panelOptions,
  type FacetName,
  type FilterQuery,
  type FilterResult,
} from '../../domain/filters';
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
  /** Set when the panel shows only part of the options: the page listing all of them A–Z. */
  allOptions?: { href: string; text: string };
  /** A line of help under the legend. */
  hint?: string;
}

/** Help shown with a facet: the provider list is long, and the search field finds providers by name. */
const HINTS: Partial<Record<FacetName, string>> = { provider: 'filters.panel.providerHint' };

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

/** Where the panel sits: the list's path and the category it is fixed to (if any). */
export interface PanelPlace {
  basePath: string;
  fixedCategory?: string;
}

/**
 * The filter panel: every facet with its options and counts. A small facet shows every option
 * (zero counts included); a large one (providers) only the options panelOptions picks, plus a link
 * to all its options for the current selection, so the panel's size does not grow with the catalogue.
 */
export function presentFilterPanel(
  result: FilterResult,
  query: FilterQuery,
  model: ReadModel,
  t: Translate,
  lang: Lang,
  place: PanelPlace,
): FacetView[] {
  const { basePath, fixedCategory } = place;
  return FACETS.filter((facet) => fixedCategory === undefined || !FIXED_BY_CATEGORY.has(facet.name)).map(
    (facet) => {
      const type = SINGLE_CHOICE.has(facet.name) ? 'radio' : 'checkbox';
      const panel = panelOptions(result, facet.name, query, model);
      const options: FacetOptionView[] = panel.shown.map((option) => ({
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
      const legend = facetLabel(t, facet.name);
      const hint = HINTS[facet.name];
      return {
        name: facet.name,
        legend,
        type,
        open,
        options,
        ...(panel.truncated
          ? {
              allOptions: {
                href: buildListUrl(
                  `${basePath}/facets/${facet.name}`,
                  { ...query, page: 1 },
                  { fixedCategory },
                ),
                text: t('filters.panel.allOptions', { count: panel.listed, facet: legend }),
              },
            }
          : {}),
        ...(hint ? { hint: t(hint) } : {}),
      };
    },
  );
}
