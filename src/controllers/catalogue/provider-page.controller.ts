import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { NotFoundError } from '../../errors';
import { presentProviderPage } from '../../presenters/catalogue/provider-page.presenter';

export function providerPageController(deps: Pick<AppDeps, 'store'>): RequestHandler {
  return (req, res) => {
    const model = deps.store.current();
    const id = String(req.params.id);
    const provider = model.providers.get(id);
    if (!provider) throw new NotFoundError('provider', id);
    res.render('pages/providers/show', presentProviderPage(provider, model, res.locals.t, res.locals.lang));
  };
}
