import type { Knex } from 'knex';
import type { CatalogueDocument } from '../../domain/catalogue.types';
import type { Assessment } from '../../domain/sovereignty/sovereignty.types';
import { lockCatalogueForChange, readCatalogueForChange } from '../../repositories/catalogue.repository';
import type { HeldCatalogue } from '../catalogue/catalogue-store';

/** The published catalogue a change starts from, with its assessments when the process held them. */
export interface PublishedCatalogue {
  document: CatalogueDocument;
  /** The services' assessments at `assessedOn`, when known (the history reuses them at that date). */
  assessedOn?: string;
  assessments?: ReadonlyMap<string, Assessment>;
}

/**
 * Locks the catalogue for a change and returns the published catalogue it starts from, undefined
 * before the first import. `held` offers the catalogue this process holds in memory (the catalogue
 * store's): it is used when it is the published generation, so a running app neither reads 40,000
 * services back nor assesses them again; otherwise (the CLI, a store not yet reloaded after another
 * instance's import) the catalogue is read from the database under the lock.
 */
export async function publishedCatalogueForChange(
  trx: Knex.Transaction,
  held?: () => HeldCatalogue | undefined,
): Promise<PublishedCatalogue | undefined> {
  const generation = await lockCatalogueForChange(trx);
  if (generation === undefined) return undefined;
  const known = held?.();
  if (known?.generation === generation) return known;
  const document = await readCatalogueForChange(trx);
  return document && { document };
}
