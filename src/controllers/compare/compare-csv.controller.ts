import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { buildComparison, MIN_COMPARED } from '../../domain/compare/build-comparison';
import { comparisonCsv } from '../../presenters/compare/comparison-csv';
import { validCompareQuery } from '../../validators/compare-query';
import { badRequest } from '../../validators/problem';

/** GET /compare.csv?id=…: the comparison as a CSV download (UTF-8 with BOM). */
export function compareCsvController(deps: Pick<AppDeps, 'store'>): RequestHandler {
  return (req, res) => {
    const model = deps.store.current();
    const { t, lang } = res.locals;
    const query = validCompareQuery(req.query, model, t);
    if (query.ids.length < MIN_COMPARED) {
      throw badRequest(
        [{ parameter: 'id', code: 'compare.errors.tooFew', params: { min: MIN_COMPARED } }],
        t,
      );
    }
    const comparison = buildComparison(model, query.ids, deps.store.checkedOnlyOf(query.ids));
    const csv = comparisonCsv(comparison, { t, lang, catalogueDate: model.document.publishedOn });
    // attachment() sets a type from the file name; the explicit type with charset comes after it.
    res.attachment(`cloudmarkt-compare-${model.assessedOn}.csv`).type('text/csv; charset=utf-8').send(csv);
  };
}
