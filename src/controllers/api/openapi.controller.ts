import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { buildOpenApiDocument } from '../../presenters/api/openapi';
import { rejectUnknownParameters, sendCachedJson } from '../../middleware/api-http';

/** GET /api/v1/openapi.json: built once; it depends on the configuration only. */
export function openApiController(deps: Pick<AppDeps, 'store' | 'config'>): RequestHandler {
  const document = buildOpenApiDocument(deps.config.publicBaseUrl);
  return (req, res) => {
    rejectUnknownParameters(req);
    sendCachedJson(req, res, deps.store.current().version, () => document);
  };
}
