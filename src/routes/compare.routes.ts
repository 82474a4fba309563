import express, { type IRouter } from 'express';
import type { AppDeps } from '../app-deps';
import { basketController } from '../controllers/compare/basket.controller';
import { compareCsvController } from '../controllers/compare/compare-csv.controller';
import { comparePageController } from '../controllers/compare/compare-page.controller';
import { requireCsrf } from '../middleware/csrf';

/**
 * Side-by-side comparison (issue 6): the shareable grid, its CSV, and the basket changed by POST
 * forms so picking works without JavaScript. A missing or wrong CSRF token is the site's own 403
 * page, as on every other form.
 */
export function compareRoutes(router: IRouter, deps: Pick<AppDeps, 'store' | 'config'>): void {
  router.get('/compare', comparePageController(deps));
  router.get('/compare.csv', compareCsvController(deps));
  router.post(
    '/compare/basket',
    express.urlencoded({ extended: false, limit: '10kb', parameterLimit: 20 }),
    requireCsrf(deps.config),
    basketController(deps),
  );
}
