import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { presentHome } from '../../presenters/catalogue/home.presenter';

export function homeController(deps: Pick<AppDeps, 'store'>): RequestHandler {
  return (_req, res) => {
    res.render('pages/home/index', presentHome(deps.store.current(), res.locals.t, res.locals.lang));
  };
}
