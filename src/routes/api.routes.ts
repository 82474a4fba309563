import type { IRouter } from 'express';
import type { AppDeps } from '../app-deps';
import { apiRateLimit, openCors } from '../middleware/api-middleware';
import { apiPageController } from '../controllers/api/api-page.controller';
import {
  capabilityListController,
  catalogueDocumentController,
  categoryListController,
  providerDetailController,
  providerListController,
  serviceDetailController,
} from '../controllers/api/catalogue-api.controller';
import { changesApiController } from '../controllers/api/changes-api.controller';
import { openApiController } from '../controllers/api/openapi.controller';
import { facetOptionsApiController } from '../controllers/api/facet-options-api.controller';
import { serviceListController } from '../controllers/api/service-list.controller';
import { API_BASE } from '../presenters/api/openapi';
import { apiResponseCache } from '../middleware/api-cache';
import { catalogueIdParam } from './params';

export type ApiDeps = Pick<AppDeps, 'store' | 'config' | 'search' | 'cache' | 'history'>;

/** The open-data JSON API (/api/v1, described by /api/v1/openapi.json) and its page (/api). */
export function apiRoutes(router: IRouter, deps: ApiDeps): void {
  // CORS first, so that a browser client can read a 429 too.
  router.use(API_BASE, openCors());
  router.use('/api', apiRateLimit(deps.config.apiRateLimitPerMinute));
  router.use(API_BASE, apiResponseCache({ store: deps.store, cache: deps.cache }));
  router.get('/api', apiPageController(deps));
  router.get(`${API_BASE}/services`, serviceListController(deps));
  router.get(`${API_BASE}/services/facets/:facet`, facetOptionsApiController(deps));
  router.get(`${API_BASE}/services/:id`, catalogueIdParam('service'), serviceDetailController(deps));
  router.get(`${API_BASE}/providers`, providerListController(deps));
  router.get(`${API_BASE}/providers/:id`, catalogueIdParam('provider'), providerDetailController(deps));
  router.get(`${API_BASE}/categories`, categoryListController(deps));
  router.get(`${API_BASE}/capabilities`, capabilityListController(deps));
  router.get(`${API_BASE}/catalogue`, catalogueDocumentController(deps));
  if (deps.history)
    router.get(`${API_BASE}/changes`, changesApiController({ ...deps, history: deps.history }));
  router.get(`${API_BASE}/openapi.json`, openApiController(deps));
}
