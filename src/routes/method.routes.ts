import type { IRouter } from 'express';
import type { AppDeps } from '../app-deps';
import { methodPageController } from '../controllers/method/method-page.controller';

/** The method page: how the sovereignty model works (docs/sovereignty.md). */
export function methodRoutes(router: IRouter, deps: Pick<AppDeps, 'store'>): void {
  router.get('/method', methodPageController(deps));
}
