import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { presentBasketPage } from '../../presenters/compare/basket-page.presenter';
import { presentComparePage } from '../../presenters/compare/compare-page.presenter';
import { buildComparison, MIN_COMPARED } from '../../domain/compare/build-comparison';
import { readBasket } from '../../middleware/basket-locals';
import { validCompareQuery } from '../../validators/compare-query';

/**
 * GET /compare: without ids the basket page; with one id a page explaining that two are needed;
 * with 2–4 ids the comparison grid.
 */
export function comparePageController(deps: Pick<AppDeps, 'store'>): RequestHandler {
  return (req, res) => {
    const model = deps.store.current();
    const { t, lang } = res.locals;
    const query = validCompareQuery(req.query, model, t);
    if (query.ids.length < MIN_COMPARED) {
      const notice = query.ids.length === 0 ? undefined : 'tooFew';
      res.render(
        'pages/compare/basket',
        presentBasketPage(model, readBasket(req, deps), { notice, requested: query.ids }, t),
      );
      return;
    }
    const comparison = buildComparison(model, query.ids, deps.store.checkedOnlyOf(query.ids));
    res.render(
      'pages/compare/show',
      presentComparePage(
        comparison,
        { diffOnly: query.diffOnly, catalogueDate: model.document.publishedOn },
        t,
        lang,
      ),
    );
  };
}
