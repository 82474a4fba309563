import type { FacetOptionPage, ListedOption } from '../../domain/filters/facet-option-list';
import { OPTIONS_PER_PAGE } from '../../domain/filters/facet-option-list';
import { presentPageLinks, type PageLinks } from './page-links';

export interface FacetOptionListJson {
  facet: string;
  /** Options in the whole list (every page): those with a match under the other filters, and the selected. */
  total: number;
  page: number;
  perPage: number;
  pageCount: number;
  links: PageLinks;
  items: Pick<ListedOption, 'value' | 'label' | 'count' | 'selected'>[];
}

/** GET /api/v1/services/facets/{facet}: one page of a facet's options, A–Z by label. */
export function presentFacetOptionList(list: FacetOptionPage, originalUrl: string): FacetOptionListJson {
  return {
    facet: list.facet,
    total: list.total,
    page: list.page,
    perPage: OPTIONS_PER_PAGE,
    pageCount: list.pageCount,
    links: presentPageLinks(originalUrl, list.page, list.pageCount),
    items: list.items.map(({ value, label, count, selected }) => ({ value, label, count, selected })),
  };
}
