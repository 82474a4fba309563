import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { BadRequestError } from '../../errors';
import { requireAdminToken } from './admin-token';

/**
 * POST /api/admin/catalogue: replaces the catalogue of the running app with the JSON document in
 * the body, through the same loader and transaction as `npm run catalogue:import`, then reloads the
 * read model (the search index follows). With the embedded database only the app can open the data
 * folder, so this is how an import reaches it without a restart.
 */
export function catalogueImportController(
  deps: Pick<AppDeps, 'config' | 'store' | 'importCatalogue'>,
): RequestHandler {
  return async (req, res) => {
    if (!requireAdminToken(req, res, deps.config.adminToken as string)) return;
    const importer = deps.importCatalogue;
    if (!importer)
      throw new BadRequestError([{ parameter: 'body', message: 'this app has no database to import into' }]);
    const result = await importer(req.body as unknown, { actor: null, via: 'api', address: req.ip });
    if (!result.ok) {
      throw new BadRequestError(result.errors.map((e) => ({ parameter: e.path || '/', message: e.message })));
    }
    const model = await deps.store.reload();
    res.json({ generation: result.generation, counts: result.counts, version: model.version });
  };
}
