import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { matchProfile } from '../../domain/broker/match-profile';
import { planWorkplace } from '../../domain/broker/plan-workplace';
import { presentPlannerPage } from '../../presenters/broker/planner-page.presenter';
import { parseBrokerQuery } from '../../validators/broker-query';
import { validOrThrow } from '../../validators/problem';

/** GET /broker/planner: the form, and with a profile chosen, the coverage matrix with its gaps. */
export function plannerPageController(deps: Pick<AppDeps, 'store'>): RequestHandler {
  return (req, res) => {
    const model = deps.store.current();
    const query = validOrThrow(parseBrokerQuery(req.query), res.locals.t);
    const plan = query.profile
      ? planWorkplace(model, matchProfile(model, { profile: query.profile, mustHaves: query.mustHaves }))
      : undefined;
    res.render('pages/broker/planner', presentPlannerPage(query, plan, res.locals.t, res.locals.lang));
  };
}
