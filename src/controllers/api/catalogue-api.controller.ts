import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { NotFoundError } from '../../errors';
import { translator } from '../../i18n/i18n';
import {
  presentCapabilities,
  presentCategories,
  presentProviderDetail,
  presentProviderList,
  presentServiceDetail,
} from '../../presenters/api/catalogue-json.presenter';
import { listProviders } from '../../domain/catalogue/list-providers';
import type { ReadModel } from '../../domain/catalogue/read-model';
import { RawJson, apiLang, rejectUnknownParameters, sendCachedJson } from '../../middleware/api-http';
import { presentPageLinks } from '../../presenters/api/page-links';
import { parseProviderListQuery } from '../../validators/provider-list-query';
import { validOrThrow } from '../../validators/problem';

type Deps = Pick<AppDeps, 'store'>;

/** An endpoint that takes only `lang` and answers from the read model. */
function readOnly(deps: Deps, body: (model: ReadModel) => unknown): RequestHandler {
  return (req, res) => {
    rejectUnknownParameters(req);
    const model = deps.store.current();
    sendCachedJson(req, res, model.version, () => body(model));
  };
}

/** GET /api/v1/services/{id} */
export function serviceDetailController(deps: Deps): RequestHandler {
  return (req, res) => {
    rejectUnknownParameters(req);
    const model = deps.store.current();
    const id = String(req.params.id);
    const entry = model.serviceById.get(id);
    if (!entry) throw new NotFoundError('service', id);
    const t = translator(apiLang(req));
    sendCachedJson(req, res, model.version, () =>
      presentServiceDetail(entry, model, deps.store.checkedOnlyOf([id]), t),
    );
  };
}

/** GET /api/v1/providers/{id} */
export function providerDetailController(deps: Deps): RequestHandler {
  return (req, res) => {
    rejectUnknownParameters(req);
    const model = deps.store.current();
    const id = String(req.params.id);
    const provider = model.providers.get(id);
    if (!provider) throw new NotFoundError('provider', id);
    sendCachedJson(req, res, model.version, () =>
      presentProviderDetail(
        provider,
        model,
        deps.store.checkedOnlyOf((model.servicesByProvider.get(id) ?? []).map((e) => e.service.id)),
      ),
    );
  };
}

/** GET /api/v1/providers: paged like /api/v1/services, filtered by type and country. */
export function providerListController(deps: Deps): RequestHandler {
  return (req, res) => {
    const model = deps.store.current();
    const query = validOrThrow(parseProviderListQuery(req.query, model), translator(apiLang(req)));
    sendCachedJson(req, res, model.version, () => {
      const page = listProviders(model, query);
      return presentProviderList(model, page, presentPageLinks(req.originalUrl, page.page, page.pageCount));
    });
  };
}

export const categoryListController = (deps: Deps) => readOnly(deps, presentCategories);
export const capabilityListController = (deps: Deps) => readOnly(deps, presentCapabilities);
/** The serialised document per loaded catalogue: at 40,000 services it is worth not redoing per request. */
const serialised = new WeakMap<ReadModel['document'], RawJson>();

/** GET /api/v1/catalogue: the document exactly as loaded, valid against the catalogue schema. */
export const catalogueDocumentController = (deps: Deps) =>
  readOnly(deps, (model) => {
    let json = serialised.get(model.document);
    if (!json) {
      json = new RawJson(JSON.stringify(model.document));
      serialised.set(model.document, json);
    }
    return json;
  });
