import compression from 'compression';
import cookieParser from 'cookie-parser';
import ejs from 'ejs';
import express, { type Express } from 'express';
import { pinoHttp } from 'pino-http';
import type { Config } from './config';
import type { Logger } from './logger';
import { errorHandler, notFoundHandler } from './middleware/error-handler';
import { languageMiddleware } from './middleware/language';
import { requireDatabase } from './middleware/require-database';
import { requestLimits } from './middleware/request-limits';
import { securityHeaders } from './middleware/security-headers';
import { VIEWS_DIR } from './paths';
import { registerRoutes } from './routes';
import type { CatalogueStore } from './services/catalogue/catalogue-store';
import type { ImportResult } from './services/catalogue/import-catalogue';
import { ResponseCache } from './services/cache/response-cache';
import type { DatabaseHealth } from './services/health/database-health';
import type { SearchService } from './services/search/search-service';

/** Everything the app needs from outside; server.ts builds the real ones, tests their own. */
export interface AppDeps {
  config: Config;
  logger: Logger;
  store: CatalogueStore;
  health: DatabaseHealth;
  /** The search index, built by server.ts at start-up; without one, built on the first search. */
  search?: SearchService;
  /** Imports a catalogue document into the database (for POST /api/admin/catalogue). */
  importCatalogue?: (input: unknown) => Promise<ImportResult>;
  /** Rendered pages and API bodies of the current read model; a fresh one when not given. */
  cache?: ResponseCache;
}

/**
 * gzip/brotli for clients that ask for it. A request without Accept-Encoding is never compressed,
 * so it skips the middleware (which wraps every response's write, end and headers); the response
 * still says it varies by Accept-Encoding, as the compressed ones do.
 */
function compressionWhenAccepted(): express.RequestHandler {
  const compress = compression();
  return (req, res, next) => {
    if (req.headers['accept-encoding']) return compress(req, res, next);
    res.vary('Accept-Encoding');
    next();
  };
}

/** Builds the Express app. No listening, no database connection, no index build happens here. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // No automatic ETag on pages: each carries its visitor's CSRF token, so a hash of the body would
  // never match again and only costs a SHA-1 of every page. The API sets its own ETags; static files
  // get theirs from express.static.
  app.set('etag', false);
  app.set('trust proxy', deps.config.trustProxy);
  // Express caches compiled templates only when asked; without it EJS recompiles per request.
  const cache = deps.config.env !== 'development';
  app.set('view cache', cache);
  app.set('views', VIEWS_DIR);
  app.set('view engine', 'ejs');
  // Includes are absolute from views/ (`include('/components/_sources')`).
  app.engine('ejs', (file, data, callback) =>
    ejs.renderFile(file, data as ejs.Data, { root: VIEWS_DIR, cache }, callback),
  );
  app.set('query parser', 'simple');

  // One access-log line per request at `info`. Below that level pino-http would still build a child
  // logger (serialising the request) per request for lines nobody writes; failures are logged by
  // the error handler either way.
  if (deps.logger.isLevelEnabled('info')) {
    app.use(pinoHttp({ logger: deps.logger, autoLogging: { ignore: (req) => req.url === '/healthz' } }));
  }
  app.use(requestLimits());
  app.use(securityHeaders());
  app.use(compressionWhenAccepted());
  app.use(cookieParser());
  app.use(languageMiddleware());

  const responseCache = deps.cache ?? new ResponseCache();
  responseCache.follow(deps.store);
  // Cached pages may show search results (or say search is not ready yet): drop them on a new index.
  deps.search?.onSwap(() => responseCache.clear());
  registerRoutes(app, { ...deps, cache: responseCache }, { requireDatabase: requireDatabase(deps.health) });

  app.use(notFoundHandler);
  app.use(errorHandler(deps.logger, deps.config));
  return app;
}
