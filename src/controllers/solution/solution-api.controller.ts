import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { composeSolution } from '../../domain/solution/compose-solution';
import { BadRequestError } from '../../errors';
import { translator } from '../../i18n/i18n';
import { presentSolutionJson } from '../../presenters/solution/solution-json.presenter';
import { apiLang, sendCachedJson } from '../../middleware/api-http';
import { parseSolutionQuery } from '../../validators/solution-query';

/** GET /api/v1/solutions: the solution of the page's parameters as JSON. */
export function solutionApiController(deps: Pick<AppDeps, 'store'>): RequestHandler {
  return (req, res) => {
    const lang = apiLang(req);
    const t = translator(lang);
    const model = deps.store.current();
    const { composition, stale } = parseSolutionQuery(req.query, model, t);
    if (composition.picks.length === 0) {
      throw new BadRequestError([{ parameter: 'fn', message: t('solution.errors.empty') }]);
    }
    sendCachedJson(req, res, model.version, () =>
      presentSolutionJson(composeSolution(model, composition), stale, { t, lang, model }),
    );
  };
}
