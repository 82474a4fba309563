import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import type { CatalogueDocument } from '../../src/domain/catalogue.types';
import { importCatalogue } from '../../src/services/catalogue/import-catalogue';
import { changeCatalogue } from './change-catalogue';

/**
 * Imports `doc` into a fresh file-backed embedded database (as production uses) and closes it, so
 * the server can open the folder. Returns the folder and the import time (validation + write) of
 * the first import. A second import of a copy with 5% of the services changed follows, so that
 * /changes has a history to list (the served catalogue is that copy: same ids).
 */
export async function prepareDatabase(doc: CatalogueDocument): Promise<{ dir: string; importMs: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudmarkt-bench-'));
  const db = await createDatabase({ pgliteDir: path.join(dir, 'pglite') });
  try {
    await migrate(db.knex);
    const started = performance.now();
    const result = await importCatalogue(db, doc);
    if (!result.ok)
      throw new Error(`synthetic catalogue invalid: ${JSON.stringify(result.errors.slice(0, 3))}`);
    const importMs = performance.now() - started;
    const changed = await importCatalogue(db, changeCatalogue(doc, 0.05).document);
    if (!changed.ok) throw new Error(`changed copy invalid: ${JSON.stringify(changed.errors.slice(0, 3))}`);
    return { dir, importMs };
  } finally {
    await db.close();
  }
}
