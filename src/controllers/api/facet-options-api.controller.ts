import type { RequestHandler } from 'express';
import { FACETS } from '../../domain/filters';
import { OPTION_LIST_REFUSES, listFacetOptions } from '../../domain/filters/facet-option-list';
import { NotFoundError } from '../../errors';
import { apiLang, sendCachedJson } from '../../middleware/api-http';
import { translator } from '../../i18n/i18n';
import { presentFacetOptionList } from '../../presenters/api/facet-option-list.presenter';
import { optionLabel } from '../../presenters/listing/filter-labels';
import type { ListingDeps } from '../../services/listing/list-services';
import { badRequest } from '../../validators/problem';
import { apiListing } from './service-list.controller';

/**
 * GET /api/v1/services/facets/:facet: every option of one facet for the selection (the list's own
 * parameters), A–Z with counts, 100 a page (`page` pages the options): what /services/facets/:facet
 * shows, and where a capped facet of /api/v1/services links to.
 */
export function facetOptionsApiController(deps: ListingDeps): RequestHandler {
  const list = apiListing(deps);
  return (req, res) => {
    const facet = FACETS.find((f) => f.name === req.params.facet);
    if (!facet) throw new NotFoundError('page');
    const refused = OPTION_LIST_REFUSES.filter((name) => req.query[name] !== undefined);
    if (refused.length > 0) {
      const t = translator(apiLang(req));
      const problems = refused.map((parameter) => ({ parameter, code: 'filters.options.notTaken' }));
      throw badRequest(problems, t, { withCodes: true });
    }
    const { lang, t, model, query, result } = list(req);
    const options = listFacetOptions(model, result, query, facet.name, lang, (value) =>
      optionLabel(t, model, lang, facet.name, value),
    );
    if (query.page > options.pageCount) {
      const params = { page: query.page, pageCount: options.pageCount };
      throw badRequest([{ parameter: 'page', code: 'filters.options.pastEnd', params }], t, {
        withCodes: true,
      });
    }
    sendCachedJson(req, res, model.version, () => presentFacetOptionList(options, req.originalUrl));
  };
}
