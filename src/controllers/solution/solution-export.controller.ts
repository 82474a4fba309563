import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { composeSolution } from '../../domain/solution/compose-solution';
import { BadRequestError } from '../../errors';
import { presentSolutionTable } from '../../presenters/solution/solution-table.presenter';
import { shortlistCsv } from '../../presenters/broker/shortlist-csv';
import { shortlistOds } from '../../presenters/broker/shortlist-ods';
import { parseSolutionQuery } from '../../validators/solution-query';

export type SolutionFormat = 'csv' | 'ods';

const CONTENT_TYPES: Record<SolutionFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

/**
 * GET /solutions.csv and .ods: the solution as a dossier, written like the shortlist. Nothing in it
 * depends on the clock, so the same composition and catalogue always give the same bytes.
 */
export function solutionExportController(
  deps: Pick<AppDeps, 'store'>,
  format: SolutionFormat,
): RequestHandler {
  return (req, res) => {
    const { t, lang } = res.locals;
    const model = deps.store.current();
    const { composition } = parseSolutionQuery(req.query, model, t);
    if (composition.picks.length === 0) {
      throw new BadRequestError([{ parameter: 'fn', message: t('solution.errors.empty') }]);
    }
    const table = presentSolutionTable(composeSolution(model, composition), { t, lang, model });
    const file = format === 'csv' ? shortlistCsv(table) : shortlistOds(table);
    res
      .type(CONTENT_TYPES[format])
      .attachment(`cloudmarkt-solution-${model.assessedOn}.${format}`)
      .send(file);
  };
}
