import {
  buildListUrl,
  FACETS,
  panelOptions,
  type FacetName,
  type FacetOption,
  type FilterQuery,
  type FilterResult,
} from '../../domain/filters';
import type { ReadModel } from '../../domain/catalogue/read-model';
import { API_BASE } from './openapi';
import { presentPageLinks, type PageLinks } from './page-links';
import { presentServiceItem, type ServiceItemJson } from './service-item.presenter';
import type { LevelViewId } from '../sovereignty/level-views.presenter';

export interface ServiceListJson {
  total: number;
  page: number;
  perPage: number;
  pageCount: number;
  links: PageLinks;
  assessedOn: string;
  /** The view the items' `sovereignty`, the level filters, the facet counts and the order use. */
  view: LevelViewId;
  items: ServiceItemJson[];
  /** Per facet the options the filter panel shows (panelOptions: a large facet only its top ones and the selected). */
  facets: Record<FacetName, FacetOption[]>;
  /** The facets above that leave options out: how many options their full list holds, and where it is. */
  moreFacetOptions: Partial<Record<FacetName, { total: number; href: string }>>;
}

/**
 * GET /api/v1/services: one page of the selection, and per facet the options with the count each
 * would give — capped by the same rule as the filter panel, so the response does not grow with the
 * number of providers; a capped facet links to its full list (GET /api/v1/services/facets/{facet}).
 */
export function presentServiceList(
  model: ReadModel,
  result: FilterResult,
  query: FilterQuery,
  originalUrl: string,
  views: { view: LevelViewId; checkedOnly: ReadModel },
): ServiceListJson {
  const facets = {} as Record<FacetName, FacetOption[]>;
  const moreFacetOptions: ServiceListJson['moreFacetOptions'] = {};
  for (const { name } of FACETS) {
    const panel = panelOptions(result, name, query, model);
    facets[name] = panel.shown;
    if (panel.truncated) {
      const href = buildListUrl(`${API_BASE}/services/facets/${name}`, { ...query, page: 1 });
      moreFacetOptions[name] = { total: panel.listed, href };
    }
  }
  return {
    total: result.total,
    page: result.page,
    perPage: result.perPage,
    pageCount: result.pageCount,
    links: presentPageLinks(originalUrl, result.page, result.pageCount),
    assessedOn: model.assessedOn,
    view: views.view,
    items: result.items.map((entry) => presentServiceItem(entry, views.checkedOnly)),
    facets,
    moreFacetOptions,
  };
}
