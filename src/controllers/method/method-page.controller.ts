import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { BUYER_PROFILES } from '../../domain/broker/buyer-profiles';
import { presentMethodPage } from '../../presenters/sovereignty/method-page.presenter';

/** GET /method: how the sovereignty level is determined, with the current assessment date. */
export function methodPageController(deps: Pick<AppDeps, 'store'>): RequestHandler {
  return (_req, res) => {
    const model = deps.store.current();
    res.render(
      'pages/method/index',
      presentMethodPage(model.assessedOn, BUYER_PROFILES, res.locals.t, res.locals.lang),
    );
  };
}
