import type { Database } from '../../db/database';
import type { CatalogueDocument } from '../../domain/catalogue.types';
import { readCatalogue } from '../../repositories/catalogue.repository';

/** The stored catalogue as one document valid against the catalogue schema. */
export async function exportCatalogue(db: Database): Promise<CatalogueDocument> {
  return readCatalogue(db.knex);
}

/** The document as the export file holds it: two-space JSON with a final newline. */
export function serializeCatalogue(document: CatalogueDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
