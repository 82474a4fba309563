import http from 'node:http';
import type { Express } from 'express';

/**
 * The HTTP server for the app, with requests and responses created as the app's own objects.
 *
 * Express gives every request and response the app's prototypes (`app.request`, `app.response`)
 * with `Object.setPrototypeOf` as it enters the app. Changing an object's prototype is slow in V8,
 * and the objects it touches live on in the heap: measured with `--trace-gc-nvp` on a bare route,
 * each young-generation collection promoted ~2 MB of request objects to the old generation (40 KB
 * with the change below), which then needs a full collection. Under load that was the steady old
 * generation growth behind the uncached pages' tail (docs/benchmark.md).
 *
 * Node's server can construct requests and responses from classes of our choosing. These classes'
 * prototypes *are* the app's prototypes, so Express's `setPrototypeOf` finds the prototype already in
 * place and changes nothing. (The approach proposed in expressjs/express#5998.) The app works as
 * before behind any other server (supertest's, a test's `app.listen`): there Express still sets the
 * prototypes itself.
 */
export function createHttpServer(app: Express): http.Server {
  const { request, response } = app;
  class AppRequest extends http.IncomingMessage {}
  class AppResponse extends http.ServerResponse<AppRequest> {}
  adopt(AppRequest.prototype, request);
  adopt(AppResponse.prototype, response);
  app.request = AppRequest.prototype as unknown as Express['request'];
  app.response = AppResponse.prototype as unknown as Express['response'];
  return http.createServer({ IncomingMessage: AppRequest, ServerResponse: AppResponse }, app);
}

/** Makes `target` stand in for `source`: the same parent and the same own properties. */
function adopt(target: object, source: object): void {
  Object.setPrototypeOf(target, Object.getPrototypeOf(source) as object);
  Object.defineProperties(target, Object.getOwnPropertyDescriptors(source));
}
