import type { Request, RequestHandler } from 'express';
import type { ReadModel } from '../../domain/catalogue/read-model';
import type { FilterQuery, FilterResult } from '../../domain/filters';
import { parseFilterQuery } from '../../validators/filter-query';
import { validOrThrow } from '../../validators/problem';
import { BadRequestError, ServiceUnavailableError } from '../../errors';
import { translator, type Lang, type Translate } from '../../i18n/i18n';
import { presentServiceList } from '../../presenters/api/service-list.presenter';
import { createApiListing, type ListingDeps } from '../../services/listing/list-services';
import { apiLang, sendCachedJson } from '../../middleware/api-http';

export interface ApiListed {
  lang: Lang;
  t: Translate;
  model: ReadModel;
  query: FilterQuery;
  result: FilterResult;
}

/**
 * The list pages' parser, search and filters for an API request: a query that cannot run is a 400
 * (a search index still being built a 503). Shared by the service list and its facets' option lists.
 */
export function apiListing(deps: ListingDeps): (req: Request) => ApiListed {
  const listServices = createApiListing(deps);
  return (req) => {
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
    return { lang, t, model, query, result: listed.result };
  };
}

/** GET /api/v1/services: one page of the selection with its facets (see presentServiceList). */
export function serviceListController(deps: ListingDeps): RequestHandler {
  const list = apiListing(deps);
  return (req, res) => {
    const { model, query, result } = list(req);
    sendCachedJson(req, res, model.version, () => {
      const view = query.checked ? 'checked-only' : 'default';
      // The items' levels in the checked-only view too: only this page's services are assessed so.
      const ids = result.items.map((e) => e.service.id);
      const checkedOnly = query.checked ? model : deps.store.checkedOnlyOf(ids);
      return presentServiceList(model, result, query, req.originalUrl, { view, checkedOnly });
    });
  };
}
