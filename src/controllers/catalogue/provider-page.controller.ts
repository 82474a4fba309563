import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { NotFoundError } from '../../errors';
import { presentProviderPage } from '../../presenters/catalogue/provider-page.presenter';

export function providerPageController(deps: Pick<AppDeps, 'store' | 'history'>): RequestHandler {
  return (req, res) => {
    const model = deps.store.current();
    const id = String(req.params.id);
    const provider = model.providers.get(id);
    if (!provider) throw new NotFoundError('provider', id);
    res.render('pages/providers/show', {
      ...presentProviderPage(provider, model, res.locals.t, res.locals.lang),
      // Its history and feed exist only where the app keeps a history (a database).
      historyLinks: deps.history
        ? { history: `/providers/${id}/history`, feed: `/providers/${id}.atom` }
        : undefined,
    });
  };
}
