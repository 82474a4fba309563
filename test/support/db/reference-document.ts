import fs from 'node:fs';
import type { CatalogueDocument } from '../../../src/domain/catalogue.types';
import { REFERENCE_CATALOGUE_FILE } from '../../../seeds/seed-reference-catalogue';

/** A fresh copy of the reference catalogue (seeds/data/catalogue.json), safe to modify. */
export function referenceDocument(): CatalogueDocument {
  return JSON.parse(fs.readFileSync(REFERENCE_CATALOGUE_FILE, 'utf8')) as CatalogueDocument;
}
