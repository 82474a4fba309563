import { notifyCatalogueChanged } from '../../db/catalogue-notifications';
import type { Database } from '../../db/database';
import type { CatalogueDocument } from '../../domain/catalogue.types';
import {
  replaceCatalogue,
  type CatalogueOrigin,
  type ImportProgress,
} from '../../repositories/catalogue.repository';
import { validateCatalogue, type CatalogueError } from './catalogue-loader';

export type { ImportProgress } from '../../repositories/catalogue.repository';

export interface ImportCounts {
  categories: number;
  capabilities: number;
  providers: number;
  services: number;
}

export type ImportResult =
  { ok: true; generation: number; counts: ImportCounts } | { ok: false; errors: CatalogueError[] };

export function countCatalogue(document: CatalogueDocument): ImportCounts {
  return {
    categories: document.categories.length,
    capabilities: document.capabilities.length,
    providers: document.providers.length,
    services: document.services.length,
  };
}

/**
 * Validates a parsed document with the catalogue loader and, when it is valid, replaces the whole
 * catalogue in one transaction and announces the new generation to every app instance. An invalid
 * document, or a failure halfway, leaves the stored catalogue as it was. `origin` is recorded
 * (an import unless the reference catalogue is being loaded).
 */
export async function importCatalogue(
  db: Database,
  input: unknown,
  onProgress?: (progress: ImportProgress) => void,
  origin: CatalogueOrigin = { kind: 'import' },
): Promise<ImportResult> {
  const validation = validateCatalogue(input);
  if (!validation.ok) return validation;
  const { document } = validation;
  const generation = await db.knex.transaction(async (trx) => {
    const next = await replaceCatalogue(trx, document, onProgress, origin);
    await notifyCatalogueChanged(trx, next);
    return next;
  });
  return { ok: true, generation, counts: countCatalogue(document) };
}
