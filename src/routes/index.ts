import type { Express, RequestHandler } from 'express';
import type { AppDeps } from '../app';
import { assetRoutes } from './asset.routes';
import { adminRoutes } from './admin.routes';
import { apiRoutes } from './api.routes';
import { brokerRoutes } from './broker.routes';
import { catalogueRoutes } from './catalogue.routes';
import { compareBasketLocals } from '../middleware/basket-locals';
import { compareRoutes } from './compare.routes';
import { exportRoutes } from './export.routes';
import { healthRoutes } from './health.routes';
import { listingRoutes } from './listing.routes';
import { methodRoutes } from './method.routes';
import { pageCache } from '../middleware/page-cache';
import type { ResponseCache } from '../services/cache/response-cache';

/**
 * The URL table. Health and assets answer even while the database is down; everything after
 * `requireDatabase` answers 503 then. Each area registers its own router here, one line each.
 */
export function registerRoutes(
  app: Express,
  deps: AppDeps & { cache: ResponseCache },
  gates: { requireDatabase: RequestHandler },
): void {
  app.use(healthRoutes(deps));
  app.use(assetRoutes());
  app.use(gates.requireDatabase);
  // Before the list pages: /categories/:id would otherwise take "compute.csv" for an id.
  app.use(adminRoutes(deps));
  app.use(exportRoutes(deps));
  app.use(compareBasketLocals(deps));
  // After the basket locals: the basket is part of a cached page's key.
  app.use(pageCache({ store: deps.store, cache: deps.cache }));
  app.use(catalogueRoutes(deps));
  app.use(listingRoutes(deps));
  app.use(apiRoutes(deps));
  app.use(compareRoutes(deps));
  app.use(methodRoutes(deps));
  app.use(brokerRoutes(deps));
}
