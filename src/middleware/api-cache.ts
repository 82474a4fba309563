import type { RequestHandler, Response } from 'express';
import { RawJson, sendCachedJson } from './api-http';
import type { CatalogueStore } from '../services/catalogue/catalogue-store';
import { bodyBytes, cachedBody, type ResponseCache } from '../services/cache/response-cache';

/**
 * Keeps the JSON of successful API responses for the current read model: an API body depends only
 * on the model version and the URL (the language is a query parameter). A hit skips validation,
 * filtering and serialisation but is sent the same way (ETag, Cache-Control, 304).
 */
export function apiResponseCache(deps: { store: CatalogueStore; cache: ResponseCache }): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const version = deps.store.current().version;
    const key = `api\n${version}\n${req.originalUrl}`;
    // As for pages, a client's `Cache-Control: no-cache` does not force a recomputation.
    const hit = deps.cache.get(key);
    if (hit) {
      sendCachedJson(req, res, version, () => new RawJson(bodyBytes(hit)));
      return;
    }
    // As for pages, a body is kept from its second request on (ResponseCache.admits).
    if (!deps.cache.admits(key)) return next();
    const send = res.send.bind(res);
    res.send = ((body?: unknown) => {
      // Only bodies sent through sendCachedJson (they carry an ETag) are cacheable.
      if (res.statusCode === 200 && typeof body === 'string' && res.get('ETag')) {
        deps.cache.set(key, cachedBody(body));
      }
      return send(body);
    }) as Response['send'];
    next();
  };
}
