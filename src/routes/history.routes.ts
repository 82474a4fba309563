import type { IRouter } from 'express';
import type { AppDeps } from '../app-deps';
import {
  changesPageController,
  upcomingPageController,
} from '../controllers/history/changes-page.controller';
import { recordFeedController, selectionFeedController } from '../controllers/history/feeds.controller';
import { historyPageController } from '../controllers/history/history-page.controller';
import { catalogueIdParam } from './params';

/**
 * History (issue 16): what changed and what will. Registered before the catalogue pages, whose
 * /services/:id would take "x.atom" for an id. The forecast needs only the read model; the rest
 * needs the stored history, so without a database (page tests) only the forecast exists.
 */
export function historyRoutes(router: IRouter, deps: Pick<AppDeps, 'store' | 'config' | 'history'>): void {
  router.get('/changes/upcoming', upcomingPageController(deps));
  const { history } = deps;
  if (!history) return;
  const withHistory = { ...deps, history };
  router.get('/changes', changesPageController(withHistory));
  router.get('/changes.atom', selectionFeedController(withHistory));
  router.get('/services.atom', selectionFeedController(withHistory));
  router.get('/services/:id.atom', catalogueIdParam('service'), recordFeedController(withHistory, 'service'));
  router.get(
    '/providers/:id.atom',
    catalogueIdParam('provider'),
    recordFeedController(withHistory, 'provider'),
  );
  router.get(
    '/services/:id/history',
    catalogueIdParam('service'),
    historyPageController(withHistory, 'service'),
  );
  router.get(
    '/providers/:id/history',
    catalogueIdParam('provider'),
    historyPageController(withHistory, 'provider'),
  );
}
