import type { RequestHandler } from 'express';
import { parseFilterQuery } from '../../validators/filter-query';
import { validOrThrow } from '../../validators/problem';
import { BadRequestError, ServiceUnavailableError } from '../../errors';
import { translator } from '../../i18n/i18n';
import { presentServiceList } from '../../presenters/api/service-list.presenter';
import { createApiListing, type ListingDeps } from '../../services/listing/list-services';
import { apiLang, sendCachedJson } from '../../middleware/api-http';

/** GET /api/v1/services: the list pages' parser, search and filters; a query that cannot run is a 400. */
export function serviceListController(deps: ListingDeps): RequestHandler {
  const listServices = createApiListing(deps);
  return (req, res) => {
    const lang = apiLang(req);
    const t = translator(lang);
    const current = deps.store.current();
    const query = validOrThrow(parseFilterQuery(req.query, current), t, { withCodes: true });
    const model = query.checked ? deps.store.checkedOnly() : current;
    const listed = listServices(model, query);
    if (!listed.ok) {
      const { reason, limit } = listed.failure;
      if (reason === 'notReady') throw new ServiceUnavailableError('search index is being built');
      const message = t(`search.error.${reason}`, limit === undefined ? {} : { limit });
      throw new BadRequestError([{ parameter: 'q', message }]);
    }
    sendCachedJson(req, res, model.version, () => {
      const view = query.checked ? 'checked-only' : 'default';
      const ids = listed.result.items.map((e) => e.service.id);
      const checkedOnly = query.checked ? model : deps.store.checkedOnlyOf(ids);
      return presentServiceList(model, listed.result, req.originalUrl, { view, checkedOnly });
    });
  };
}
