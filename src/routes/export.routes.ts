import type { IRouter } from 'express';
import { servicesCsvController } from '../controllers/export/services-csv.controller';
import type { ApiDeps } from './api.routes';
import { catalogueIdParam } from './params';

/**
 * CSV downloads of result lists. Registered before the list pages, because /categories/:id would
 * otherwise take "compute.csv" for a category id.
 */
export function exportRoutes(router: IRouter, deps: ApiDeps): void {
  const csv = servicesCsvController(deps);
  router.get('/services.csv', csv);
  router.get('/categories/:id.csv', catalogueIdParam('category'), csv);
}
