import { prepareOrders } from '../../src/domain/filters';
import { CatalogueStore, documentSource } from '../../src/services/catalogue/catalogue-store';
import { generateCatalogue } from '../generate-catalogue';

/** The benchmark's assessment date: the generated evidence is dated around it. */
export const BENCH_ASSESSMENT_DATE = '2026-11-28';

/**
 * A catalogue store over a generated marketplace-shaped catalogue (seed 42), loaded and with its sort
 * orders prepared, as the in-memory diagnostics scripts measure it (no database, no server).
 */
export async function marketplaceStore(size: number): Promise<CatalogueStore> {
  const store = new CatalogueStore(
    documentSource(generateCatalogue(size, 42, 'marketplace')),
    () => BENCH_ASSESSMENT_DATE,
  );
  await store.reload();
  await prepareOrders(store.current());
  return store;
}
