import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { NotFoundError } from '../../errors';
import { presentServicePage } from '../../presenters/catalogue/service-page.presenter';

export function servicePageController(deps: Pick<AppDeps, 'store'>): RequestHandler {
  return (req, res) => {
    const model = deps.store.current();
    const id = String(req.params.id);
    const entry = model.serviceById.get(id);
    if (!entry) throw new NotFoundError('service', id);
    res.render('pages/services/show', presentServicePage(entry, model, res.locals.t, res.locals.lang));
  };
}
