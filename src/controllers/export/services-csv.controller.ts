import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { appliedQuery } from '../../domain/search/search-listing';
import { NotFoundError } from '../../errors';
import { servicesCsv } from '../../presenters/export/services-csv';
import { describeFilters } from '../../presenters/listing/describe-filters';
import { createListing, wholeSelection, type ListingDeps } from '../../services/listing/list-services';
import { parseFilterQuery } from '../../validators/filter-query';
import { validOrThrow } from '../../validators/problem';

type Deps = Pick<AppDeps, 'config'> & ListingDeps;

/**
 * GET /services.csv and /categories/:id.csv: the same selection as the list page (same parser,
 * same 400s), every matching service rather than one page. As on the page, words that cannot be
 * searched are left out and the summary says what was selected instead.
 */
export function servicesCsvController(deps: Deps): RequestHandler {
  const list = createListing(deps);
  return (req, res) => {
    const model = deps.store.current();
    const { lang, t } = res.locals;
    const fixedCategory = req.params.id === undefined ? undefined : String(req.params.id);
    if (fixedCategory !== undefined && !model.categories.has(fixedCategory)) {
      throw new NotFoundError('category', fixedCategory);
    }
    const query = validOrThrow(parseFilterQuery(req.query, model, { fixedCategory }), t, { withCodes: true });
    const searched = list(model, wholeSelection(query, model), fixedCategory);
    const { result } = searched;
    const basePath = fixedCategory === undefined ? '/services' : `/categories/${fixedCategory}`;
    const described = appliedQuery(query, searched);
    const { summary } = describeFilters(described, model, lang, result.total, { basePath, fixedCategory });

    const csv = servicesCsv({
      model,
      t,
      lang,
      publicBaseUrl: deps.config.publicBaseUrl,
      entries: result.items,
      summary,
    });
    const name = `cloudmarkt-${fixedCategory ?? 'services'}-${model.assessedOn}.csv`;
    res.set({
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
    });
    res.send(csv);
  };
}
