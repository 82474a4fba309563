import { Router } from 'express';
import type { AppDeps } from '../app-deps';
import { methodPageController } from '../controllers/method/method-page.controller';

/** The method page: how the sovereignty model works (docs/sovereignty.md). */
export function methodRoutes(deps: Pick<AppDeps, 'store'>): Router {
  const router = Router();
  router.get('/method', methodPageController(deps));
  return router;
}
