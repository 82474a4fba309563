import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../src/db/database';
import { PROJECT_ROOT } from '../src/paths';
import { isCatalogueEmpty } from '../src/repositories/catalogue.repository';
import { importCatalogue, type ImportResult } from '../src/services/catalogue/import-catalogue';

/** The reference catalogue shipped with the project (read from the source tree, also in a build). */
export const REFERENCE_CATALOGUE_FILE = path.join(PROJECT_ROOT, 'seeds', 'data', 'catalogue.json');

/**
 * Loads the reference catalogue through the catalogue loader when no catalogue has been imported
 * yet; otherwise does nothing, so starting the app again never duplicates or overwrites data.
 * Returns the import result, or undefined when the catalogue was already there.
 */
export async function seedIfEmpty(
  db: Database,
  file = REFERENCE_CATALOGUE_FILE,
): Promise<ImportResult | undefined> {
  if (!(await isCatalogueEmpty(db.knex))) return undefined;
  const result = await importCatalogue(db, JSON.parse(fs.readFileSync(file, 'utf8')) as unknown);
  if (!result.ok) {
    const first = result.errors
      .slice(0, 5)
      .map((e) => `${e.path}: ${e.message}`)
      .join('; ');
    throw new Error(`The reference catalogue ${file} is invalid (${result.errors.length} errors): ${first}`);
  }
  return result;
}
