import type { IRouter } from 'express';
import { categoryPageController } from '../controllers/listing/category-page.controller';
import { facetOptionsController } from '../controllers/listing/facet-options.controller';
import { servicesListController } from '../controllers/listing/services-list.controller';
import type { ListingDeps } from '../services/listing/list-services';
import { catalogueIdParam } from './params';

/** The result lists (issue 3): all services, and one category's services. */
export function listingRoutes(router: IRouter, deps: ListingDeps): void {
  router.get('/services', servicesListController(deps));
  router.get('/categories/:id', catalogueIdParam('category'), categoryPageController(deps));
  // All options of one facet for the current selection (the panel shows only the top ones).
  const facetOptions = facetOptionsController(deps);
  router.get('/services/facets/:facet', facetOptions);
  router.get('/categories/:id/facets/:facet', catalogueIdParam('category'), facetOptions);
}
