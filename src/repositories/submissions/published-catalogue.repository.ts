import type { Knex } from 'knex';
import type { CatalogueDocument } from '../../domain/catalogue.types';
import { assembleCatalogue } from '../catalogue/catalogue-assembly';
import { selectCatalogueRows } from '../catalogue/catalogue-queries';

/**
 * The published catalogue as the caller's transaction sees it, after taking the lock every import
 * takes first (catalogue_meta): whoever publishes next waits until this transaction ends, so two
 * approvals (or an approval and an import) never interleave.
 */
export async function lockAndReadCatalogue(
  trx: Knex.Transaction,
): Promise<{ document: CatalogueDocument; generation: number }> {
  await trx.raw('lock table catalogue_meta in access exclusive mode');
  const rows = await selectCatalogueRows(trx);
  return { document: assembleCatalogue(rows), generation: rows.meta?.generation ?? 0 };
}
