import type { NextFunction, RequestHandler, Response } from 'express';
import type { CatalogueStore } from '../services/catalogue/catalogue-store';
import { cachedBody, type CachedBody, type ResponseCache } from '../services/cache/response-cache';

/** Stands in for the visitor's CSRF token in cached pages; replaced on every send. */
export const CSRF_PLACEHOLDER = '__cloudmarkt_csrf_token__';

type RenderCallback = (err: Error | null, html?: string) => void;

/**
 * Caches the HTML of GET pages rendered from the read model. A page's bytes depend only on the model
 * version, the language, the compare basket and the URL, so those make the key; the one per-visitor
 * value in a page, the CSRF token of the compare forms, is rendered as a placeholder and filled in
 * when the page is sent. Only 200 responses are kept; error pages and non-HTML responses pass by.
 */
export function pageCache(deps: { store: CatalogueStore; cache: ResponseCache }): RequestHandler {
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api/')) return next();
    // A signed-in user's pages may show what only they see: never cached, never served from the cache.
    if (req.user) return next();
    const basket = res.locals.compareBasket;
    const key = [
      deps.store.current().version,
      res.locals.lang,
      basket?.ids.join(',') ?? '',
      req.originalUrl,
    ].join('\n');
    const visitorToken = basket?.csrfToken;
    // A client's `Cache-Control: no-cache` is not honoured: a cached page is never stale (the cache
    // empties whenever the read model changes), and on a public site the header would let anyone
    // make every request cost a full computation.
    const hit = deps.cache.get(key);
    if (hit) {
      send(res, hit, visitorToken);
      return;
    }
    // A page is kept from its second request on (ResponseCache.admits); the first is only rendered.
    if (!deps.cache.admits(key)) {
      onRendered(res, next, (html) => sendText(res, html));
      return next();
    }

    let usesCsrfToken = false;
    if (basket) {
      basket.csrfToken = () => {
        usesCsrfToken = true;
        return CSRF_PLACEHOLDER;
      };
    }
    onRendered(res, next, (html) => {
      const entry = cachedBody(html, usesCsrfToken ? CSRF_PLACEHOLDER : undefined);
      if (res.statusCode === 200) deps.cache.set(key, entry);
      send(res, entry, visitorToken);
    });
    next();
  };
}

/** Hands the HTML of the page the route renders to `sent` (which sends it) instead of Express's `send`. */
function onRendered(res: Response, next: NextFunction, sent: (html: string) => void): void {
  const render = res.render.bind(res) as (view: string, locals?: object, callback?: RenderCallback) => void;
  res.render = ((view: string, locals?: object, callback?: RenderCallback) => {
    // The error handler renders with its own callback: not a page to keep.
    if (typeof locals === 'function' || callback) return render(view, locals, callback);
    render(view, locals, (err, html) => {
      if (err || html === undefined) return next(err ?? new Error(`rendering ${view} gave nothing`));
      sent(html);
    });
  }) as Response['render'];
}

/*
 * Pages are written to the socket as they are. Express's `send` would first copy each one into a new
 * Buffer, and a Buffer's memory lies outside the JS heap: V8 starts a full garbage collection
 * whenever that memory has grown by 64 MB, which under load of uncached pages was every two seconds,
 * each one holding up the requests in flight (docs/benchmark.md). A string is encoded by the socket
 * write itself.
 */

/** A page rendered for this request only. */
function sendText(res: Response, html: string): void {
  res.type('html');
  res.setHeader('Content-Length', Buffer.byteLength(html, 'utf8'));
  // The headers go out as their own piece of the same write (corked): Node would otherwise prepend
  // them to the page, a new string that is copied whole once more before it reaches the socket.
  res.cork();
  res.flushHeaders();
  res.end(html, 'utf8');
}

/** A kept page, with this visitor's token in its forms (the token is only made when the page has forms). */
function send(res: Response, entry: CachedBody, visitorToken: (() => string) | undefined): void {
  res.type('html');
  const { parts } = entry;
  if (parts.length === 1) {
    res.send(parts[0]);
    return;
  }
  // The kept parts are written around the token, not joined into a new page-sized Buffer.
  const token = Buffer.from(visitorToken?.() ?? '', 'utf8');
  const length = parts.reduce((sum, part) => sum + part.length, token.length * (parts.length - 1));
  res.setHeader('Content-Length', length);
  res.cork();
  parts.forEach((part, i) => {
    if (i > 0) res.write(token);
    res.write(part);
  });
  res.end();
}
