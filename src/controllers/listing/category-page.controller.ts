import type { RequestHandler } from 'express';
import { NotFoundError } from '../../errors';
import { presentListingPage } from '../../presenters/listing/listing-page.presenter';
import { createListing, type ListingDeps } from '../../services/listing/list-services';
import { parseFilterQuery } from '../../validators/filter-query';
import { validOrThrow } from '../../validators/problem';

/** GET /categories/:id: the service list fixed to one category, with the same filters. */
export function categoryPageController(deps: ListingDeps): RequestHandler {
  const list = createListing(deps);
  return (req, res) => {
    const current = deps.store.current();
    const id = String(req.params.id);
    if (!current.categories.has(id)) throw new NotFoundError('category', id);
    const query = validOrThrow(parseFilterQuery(req.query, current, { fixedCategory: id }), res.locals.t);
    const model = query.checked ? deps.store.checkedOnly() : current;
    const searched = list(model, query, id);
    res.render(
      'pages/categories/show',
      presentListingPage(
        {
          model,
          query,
          searched,
          basePath: `/categories/${id}`,
          categoryId: id,
          followable: deps.history !== undefined,
        },
        res.locals.t,
        res.locals.lang,
      ),
    );
  };
}
