import type { Express, RequestHandler } from 'express';
import type { AppDeps } from '../app-deps';
import { assetRoutes } from './asset.routes';
import { accountRoutes } from './accounts.routes';
import { submissionRoutes } from './submissions.routes';
import { adminRoutes } from './admin.routes';
import { apiRoutes } from './api.routes';
import { brokerRoutes } from './broker.routes';
import { catalogueRoutes } from './catalogue.routes';
import { compareBasketLocals } from '../middleware/basket-locals';
import { compareRoutes } from './compare.routes';
import { exportRoutes } from './export.routes';
import { healthRoutes } from './health.routes';
import { historyRoutes } from './history.routes';
import { listingRoutes } from './listing.routes';
import { methodRoutes } from './method.routes';
import { solutionRoutes } from './solution.routes';
import { accountNav } from '../middleware/account-nav';
import { loadUser } from '../middleware/auth';
import { pageCache } from '../middleware/page-cache';
import { saveSessionBeforeRedirect, sessionMiddleware } from '../middleware/session';

/**
 * The URL table. Health and assets answer even while the database is down; everything after
 * `requireDatabase` answers 503 then. Each area registers its routes on the app itself, one line
 * each, in this order. Not on a router of its own mounted at '/': Express's router leaves a router
 * that has no route for the URL through `setImmediate`, so every request would wait behind all other
 * pending requests once for each area it passes, and with many visitors at once each request's
 * objects would live long enough to reach the old generation of the heap.
 */
export function registerRoutes(
  app: Express,
  deps: AppDeps,
  gates: { requireDatabase: RequestHandler },
): void {
  healthRoutes(app, deps);
  assetRoutes(app);
  app.use(gates.requireDatabase);
  // Signed-in users (issue 15): the session is read only when the visitor sends its cookie.
  if (deps.accounts) {
    app.use(sessionMiddleware(deps.accounts.knex, deps.config, deps.logger));
    app.use(saveSessionBeforeRedirect);
    app.use(loadUser(deps.accounts.knex, deps.config));
    app.use(accountNav(deps.config));
  }
  accountRoutes(app, deps);
  submissionRoutes(app, deps);
  // Before the list pages: /categories/:id would otherwise take "compute.csv" for an id.
  adminRoutes(app, deps);
  exportRoutes(app, deps);
  app.use(compareBasketLocals(deps));
  // From here on res.render is the page cache's: a GET page rendered with 200 is kept (key: model
  // version, language, basket, URL) and a repeated request is answered from the cache without
  // running its controller. The CSRF token of the basket forms is rendered as a placeholder and
  // replaced by the visitor's own token on every send, so a cached page never carries another
  // visitor's token. After the basket locals: the basket is part of the key.
  app.use(pageCache({ store: deps.store, cache: deps.cache }));
  historyRoutes(app, deps);
  catalogueRoutes(app, deps);
  listingRoutes(app, deps);
  apiRoutes(app, deps);
  compareRoutes(app, deps);
  methodRoutes(app, deps);
  brokerRoutes(app, deps);
  solutionRoutes(app, deps);
}
