import type { IRouter } from 'express';
import type { AppDeps } from '../app-deps';
import { brokerPageController } from '../controllers/broker/broker-page.controller';
import { plannerPageController } from '../controllers/broker/planner-page.controller';
import { shortlistController } from '../controllers/broker/shortlist.controller';

/** The broker (issue 7): profile matching, the Microsoft 365 planner and shortlist downloads. */
export function brokerRoutes(router: IRouter, deps: Pick<AppDeps, 'store'>): void {
  router.get('/broker', brokerPageController(deps));
  router.get('/broker/planner', plannerPageController(deps));
  router.get('/broker/shortlist.csv', shortlistController(deps, 'csv'));
  router.get('/broker/shortlist.ods', shortlistController(deps, 'ods'));
}
