import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import type { FilterQuery } from '../../domain/filters';
import { describeFilters } from '../../presenters/listing/describe-filters';
import { parseFilterQuery } from '../../validators/filter-query';
import { BadRequestError, NotFoundError } from '../../errors';
import { translator } from '../../i18n/i18n';
import { createApiListing, wholeSelection } from '../../services/listing/api-listing';
import { servicesCsv } from '../../presenters/export/services-csv';
import type { ListingDeps } from '../../services/listing/list-services';

type Deps = Pick<AppDeps, 'config'> & ListingDeps;

/**
 * GET /services.csv and /categories/:id.csv: the same selection as the list page (same parser,
 * same 400s), every matching service rather than one page. As on the page, words that cannot be
 * searched are left out and the summary says what was selected instead.
 */
export function servicesCsvController(deps: Deps): RequestHandler {
  const listServices = createApiListing(deps);
  return (req, res) => {
    const model = deps.store.current();
    const { lang } = res.locals;
    const fixedCategory = req.params.id === undefined ? undefined : String(req.params.id);
    if (fixedCategory !== undefined && !model.categories.has(fixedCategory)) {
      throw new NotFoundError('category', fixedCategory);
    }
    const parsed = parseFilterQuery(req.query, model, { lang, fixedCategory });
    if (!parsed.ok) throw new BadRequestError(parsed.errors);

    let query: FilterQuery = parsed.value;
    const listed = listServices(model, wholeSelection(query, model), fixedCategory);
    if (!listed.ok)
      query = { ...query, q: undefined, sort: query.sort === 'relevance' ? undefined : query.sort };
    const result = listed.ok ? listed.result : listed.withoutWords;
    const basePath = fixedCategory === undefined ? '/services' : `/categories/${fixedCategory}`;
    const { summary } = describeFilters(query, model, lang, result.total, { basePath, fixedCategory });

    const csv = servicesCsv({
      model,
      t: translator(lang),
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
