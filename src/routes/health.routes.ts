import type { IRouter } from 'express';
import type { AppDeps } from '../app-deps';

/** Operator endpoints: /healthz = the process is alive; /readyz = the database answers and the catalogue is loaded. */
export function healthRoutes(router: IRouter, deps: Pick<AppDeps, 'health' | 'store' | 'search'>): void {
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const databaseUp = await deps.health.check();
    const catalogueLoaded = deps.store.isLoaded();
    const ready = databaseUp && catalogueLoaded;
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'unavailable',
      checks: {
        database: databaseUp ? 'up' : 'down',
        catalogue: catalogueLoaded ? 'loaded' : 'not-loaded',
        // Informational: every page but search is served while the index is built.
        search: deps.search.isReady() ? 'ready' : 'building',
      },
    });
  });
}
