import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { presentApiPage } from '../../presenters/api/api-page.presenter';

/** GET /api: the human-readable description of the API and the downloads. */
export function apiPageController(deps: Pick<AppDeps, 'store' | 'config'>): RequestHandler {
  return (_req, res) => {
    res.render('pages/api/index', presentApiPage(deps.config, deps.store.current(), res.locals.t));
  };
}
