import express, { Router } from 'express';
import type { AppDeps } from '../app-deps';
import { basketController } from '../controllers/compare/basket.controller';
import { compareCsvController } from '../controllers/compare/compare-csv.controller';
import { comparePageController } from '../controllers/compare/compare-page.controller';

/**
 * Side-by-side comparison (issue 6): the shareable grid, its CSV, and the basket changed by POST
 * forms (CSRF-protected) so picking works without JavaScript.
 */
export function compareRoutes(deps: Pick<AppDeps, 'store' | 'config'>): Router {
  const router = Router();
  router.get('/compare', comparePageController(deps));
  router.get('/compare.csv', compareCsvController(deps));
  router.post(
    '/compare/basket',
    express.urlencoded({ extended: false, limit: '10kb', parameterLimit: 20 }),
    basketController(deps),
  );
  return router;
}
