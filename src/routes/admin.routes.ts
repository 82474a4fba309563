import express, { type IRouter } from 'express';
import type { AppDeps } from '../app-deps';
import { backupController } from '../controllers/admin/backup.controller';
import { catalogueImportController } from '../controllers/admin/catalogue-import.controller';

/** Largest catalogue document accepted over HTTP (40,000 services are about 60 MB of JSON). */
const MAX_DOCUMENT = '256mb';

/** Operator endpoints; they exist only when ADMIN_TOKEN is configured. */
export function adminRoutes(
  router: IRouter,
  deps: Pick<AppDeps, 'config' | 'store' | 'importCatalogue' | 'backupDatabase'>,
): void {
  if (!deps.config.adminToken) return;
  router.post(
    '/api/admin/catalogue',
    express.json({ limit: MAX_DOCUMENT, type: 'application/json' }),
    catalogueImportController(deps),
  );
  router.get('/api/admin/backup', backupController(deps));
}
