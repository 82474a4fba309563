import type { CatalogueDocument } from '../catalogue.types';
import type { Assessment } from './sovereignty.types';

/**
 * Assesses every service of the catalogue on the given date (SOVEREIGNTY.md).
 * PLACEHOLDER: replaced by the sovereignty model implementation.
 */
export function assessCatalogue(_document: CatalogueDocument, _assessedOn: string): Map<string, Assessment> {
  throw new Error('sovereignty model not implemented yet');
}
