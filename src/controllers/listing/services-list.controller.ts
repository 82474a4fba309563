import type { RequestHandler } from 'express';
import { presentListingPage } from '../../presenters/listing/listing-page.presenter';
import { createListing, type ListingDeps } from '../../services/listing/list-services';
import { parseFilterQuery } from '../../validators/filter-query';
import { validOrThrow } from '../../validators/problem';

/** GET /services: the whole catalogue, filterable, searchable, sortable and paged. */
export function servicesListController(deps: ListingDeps): RequestHandler {
  const list = createListing(deps);
  return (req, res) => {
    const current = deps.store.current();
    const query = validOrThrow(parseFilterQuery(req.query, current), res.locals.t);
    const model = query.checked ? deps.store.checkedOnly() : current;
    const searched = list(model, query);
    res.render(
      'pages/services/index',
      presentListingPage(
        { model, query, searched, basePath: '/services', followable: deps.history !== undefined },
        res.locals.t,
        res.locals.lang,
      ),
    );
  };
}
