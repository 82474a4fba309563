import type { IRouter } from 'express';
import type { AppDeps } from '../app-deps';
import { solutionApiController } from '../controllers/solution/solution-api.controller';
import { solutionExportController } from '../controllers/solution/solution-export.controller';
import { solutionPageController } from '../controllers/solution/solution-page.controller';
import { API_BASE } from '../presenters/api/openapi';

/** The solution composer (issue 17): the page, its dossier as CSV and ODS, and its JSON. */
export function solutionRoutes(router: IRouter, deps: Pick<AppDeps, 'store'>): void {
  router.get('/solutions', solutionPageController(deps));
  router.get('/solutions.csv', solutionExportController(deps, 'csv'));
  router.get('/solutions.ods', solutionExportController(deps, 'ods'));
  router.get(`${API_BASE}/solutions`, solutionApiController(deps));
}
