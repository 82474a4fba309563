import { Router } from 'express';
import { categoryPageController } from '../controllers/listing/category-page.controller';
import { servicesListController } from '../controllers/listing/services-list.controller';
import type { ListingDeps } from '../services/listing/list-services';
import { catalogueIdParam } from './params';

/** The result lists (issue 3): all services, and one category's services. */
export function listingRoutes(deps: ListingDeps): Router {
  const router = Router();
  router.get('/services', servicesListController(deps));
  router.get('/categories/:id', catalogueIdParam('category'), categoryPageController(deps));
  return router;
}
