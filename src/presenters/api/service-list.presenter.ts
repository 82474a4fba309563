import type { FilterResult } from '../../domain/filters';
import type { ReadModel } from '../../domain/catalogue/read-model';
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
  facets: FilterResult['facets'];
}

/** GET /api/v1/services: one page of the selection, and for every facet option the count it would give. */
export function presentServiceList(
  model: ReadModel,
  result: FilterResult,
  originalUrl: string,
  views: { view: LevelViewId; checkedOnly: ReadModel },
): ServiceListJson {
  return {
    total: result.total,
    page: result.page,
    perPage: result.perPage,
    pageCount: result.pageCount,
    links: presentPageLinks(originalUrl, result.page, result.pageCount),
    assessedOn: model.assessedOn,
    view: views.view,
    items: result.items.map((entry) => presentServiceItem(entry, views.checkedOnly)),
    facets: result.facets,
  };
}
