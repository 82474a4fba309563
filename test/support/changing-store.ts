import type { CatalogueDocument } from '../../src/domain/catalogue.types';
import { CatalogueStore } from '../../src/services/catalogue/catalogue-store';
import { REFERENCE_ASSESSMENT_DATE } from './catalogue-factory';

/**
 * A loaded catalogue store over a document the test replaces: `replace` loads the next one as a new
 * generation, as an import does, and resolves when the store has swapped it in.
 */
export async function changingStore(
  first: CatalogueDocument,
  assessedOn = REFERENCE_ASSESSMENT_DATE,
): Promise<{ store: CatalogueStore; replace: (next: CatalogueDocument) => Promise<void> }> {
  let current = { document: first, generation: 1 };
  const store = new CatalogueStore({ read: async () => current }, () => assessedOn);
  await store.reload();
  const replace = async (next: CatalogueDocument) => {
    current = { document: next, generation: current.generation + 1 };
    await store.reload();
  };
  return { store, replace };
}
