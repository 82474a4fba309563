import type { RequestHandler } from 'express';
import { FACETS, FIXED_BY_CATEGORY } from '../../domain/filters';
import { listFacetOptions } from '../../domain/filters/facet-option-list';
import { NotFoundError } from '../../errors';
import { presentFacetOptionsPage } from '../../presenters/listing/facet-options-page.presenter';
import { optionLabel } from '../../presenters/listing/filter-labels';
import { createListing, type ListingDeps } from '../../services/listing/list-services';
import { parseFilterQuery } from '../../validators/filter-query';
import { badRequest, validOrThrow } from '../../validators/problem';

/**
 * GET /services/facets/:facet and /categories/:id/facets/:facet: every option of one facet for the
 * current selection, A–Z with counts and paged (`page` pages the options; every other parameter is
 * the list's own and is kept in the links back).
 */
export function facetOptionsController(deps: ListingDeps): RequestHandler {
  const list = createListing(deps);
  return (req, res) => {
    const current = deps.store.current();
    const { t, lang } = res.locals;
    const categoryId = req.params.id === undefined ? undefined : String(req.params.id);
    if (categoryId !== undefined && !current.categories.has(categoryId))
      throw new NotFoundError('category', categoryId);
    const facet = FACETS.find((f) => f.name === req.params.facet);
    if (!facet || (categoryId !== undefined && FIXED_BY_CATEGORY.has(facet.name)))
      throw new NotFoundError('page');
    const query = validOrThrow(parseFilterQuery(req.query, current, { fixedCategory: categoryId }), t);
    // Counted in the view the list is in, as the list's own facets are.
    const model = query.checked ? deps.store.checkedOnly() : current;
    const { result } = list(model, query, categoryId);
    const options = listFacetOptions(model, result, query, facet.name, lang, (value) =>
      optionLabel(t, model, lang, facet.name, value),
    );
    if (query.page > options.pageCount) {
      const params = { page: query.page, pageCount: options.pageCount };
      throw badRequest([{ parameter: 'page', code: 'filters.options.pastEnd', params }], t);
    }
    const basePath = categoryId === undefined ? '/services' : `/categories/${categoryId}`;
    res.render(
      'pages/services/facet-options',
      presentFacetOptionsPage(
        { model, query, list: options, total: result.total, basePath, categoryId },
        t,
        lang,
      ),
    );
  };
}
