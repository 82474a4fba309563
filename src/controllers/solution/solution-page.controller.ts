import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { composeSolution } from '../../domain/solution/compose-solution';
import { presentSolutionPage } from '../../presenters/solution/solution-page.presenter';
import { parseSolutionQuery } from '../../validators/solution-query';

/** GET /solutions: the composer form, and with at least one component, the solution as one offer. */
export function solutionPageController(deps: Pick<AppDeps, 'store'>): RequestHandler {
  return (req, res) => {
    const { t, lang } = res.locals;
    const model = deps.store.current();
    const { composition, stale } = parseSolutionQuery(req.query, model, t);
    const solution = composition.picks.length > 0 ? composeSolution(model, composition) : undefined;
    res.render('pages/solutions/show', presentSolutionPage(composition, solution, stale, { t, lang, model }));
  };
}
