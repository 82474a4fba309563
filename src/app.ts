import compression from 'compression';
import cookieParser from 'cookie-parser';
import ejs from 'ejs';
import express, { type Express } from 'express';
import { pinoHttp } from 'pino-http';
import type { AppDeps } from './app-deps';
import { errorHandler, notFoundHandler } from './middleware/error-handler';
import { languageMiddleware } from './middleware/language';
import { requireDatabase } from './middleware/require-database';
import { requestLimits } from './middleware/request-limits';
import { securityHeaders } from './middleware/security-headers';
import { VIEWS_DIR } from './paths';
import { fragmentCache } from './presenters/view-fragment';
import { precompileTemplates } from './view-templates';
import { registerRoutes } from './routes';

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

/**
 * Builds the Express app from its dependencies (app-deps.ts). No listening, no database connection,
 * no index build happens here.
 */
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
  app.locals.fragment = fragmentCache(cache);
  if (cache) precompileTemplates(VIEWS_DIR);

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

  registerRoutes(app, deps, { requireDatabase: requireDatabase(deps.health) });

  app.use(notFoundHandler);
  app.use(errorHandler(deps.logger, deps.config));
  return app;
}
