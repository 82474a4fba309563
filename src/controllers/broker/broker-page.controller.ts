import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { matchProfile } from '../../domain/broker/match-profile';
import { presentBrokerPage } from '../../presenters/broker/broker-page.presenter';
import { parseBrokerQuery } from '../../validators/broker-query';
import { validOrThrow } from '../../validators/problem';

/** GET /broker: the form, and with a profile chosen, the included and excluded services. */
export function brokerPageController(deps: Pick<AppDeps, 'store'>): RequestHandler {
  return (req, res) => {
    const model = deps.store.current();
    const query = validOrThrow(parseBrokerQuery(req.query), res.locals.t);
    const match = query.profile
      ? matchProfile(model, { profile: query.profile, mustHaves: query.mustHaves })
      : undefined;
    res.render('pages/broker/index', presentBrokerPage(model, query, match, res.locals.t, res.locals.lang));
  };
}
