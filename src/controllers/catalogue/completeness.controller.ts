import { stringify } from 'csv-stringify/sync';
import type { Request, RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { BadRequestError } from '../../errors';
import type { Translate } from '../../i18n/i18n';
import {
  COMPLETENESS_SORTS,
  completenessRows,
  presentCompletenessPage,
  type CompletenessSort,
} from '../../presenters/catalogue/completeness-page.presenter';
import { neutraliseFormula } from '../../presenters/compare/comparison-csv';

/** `?sort=` one of COMPLETENESS_SORTS (default contract), else a 400 naming the parameter. */
function parseSort(req: Request, t: Translate): CompletenessSort {
  const sort = req.query.sort ?? 'contract';
  if (typeof sort === 'string' && (COMPLETENESS_SORTS as readonly string[]).includes(sort)) {
    return sort as CompletenessSort;
  }
  throw new BadRequestError([
    { parameter: 'sort', message: t('completeness.errors.badSort'), allowed: [...COMPLETENESS_SORTS] },
  ]);
}

/** GET /completeness: how complete each provider's records are, least complete first. */
export function completenessPageController(deps: Pick<AppDeps, 'store'>): RequestHandler {
  return (req, res) => {
    const { t, lang } = res.locals;
    const sort = parseSort(req, t);
    res.render('pages/completeness/index', presentCompletenessPage(deps.store.current(), sort, t, lang));
  };
}

/** GET /completeness.csv: the same table as figures, for the marketplace team's spreadsheet. */
export function completenessCsvController(deps: Pick<AppDeps, 'store'>): RequestHandler {
  return (req, res) => {
    const { t } = res.locals;
    const model = deps.store.current();
    const header = ['providerId', 'provider', 'services', 'contractKnown', 'contractTotal']
      .concat(['factsKnown', 'factsTotal', 'factsWithPrimarySource'])
      .map((key) => t(`completeness.csv.${key}`));
    // Provider names come from suppliers' drafts: text a spreadsheet would run is neutralised.
    const records = completenessRows(model, parseSort(req, t)).map((p) => [
      p.providerId,
      neutraliseFormula(p.providerName),
      p.services,
      p.contract.known,
      p.contract.total,
      p.facts.known,
      p.facts.total,
      p.facts.primary,
    ]);
    res
      .attachment(`cloudmarkt-completeness-${model.assessedOn}.csv`)
      .type('text/csv; charset=utf-8')
      .send(`\uFEFF${stringify([header, ...records])}`);
  };
}
