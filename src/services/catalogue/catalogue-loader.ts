import type { CatalogueDocument } from '../../domain/catalogue.types';
import type { CatalogueError } from './loader/loader.types';
import { referenceErrors } from './loader/reference-checks';
import { schemaErrors } from './loader/schema-validation';

export type { CatalogueError } from './loader/loader.types';

export type CatalogueValidation =
  { ok: true; document: CatalogueDocument } | { ok: false; errors: CatalogueError[] };

/**
 * The one catalogue loader: checks a parsed JSON document against the catalogue schema and its
 * references (ids unique per kind; providers, categories, capabilities and runsOn services exist;
 * no service runs on itself; no runsOn cycles). Reports every error, each with its JSON path.
 * Seeding, the import command and any upload all go through here.
 */
export function validateCatalogue(input: unknown): CatalogueValidation {
  const errors = [...schemaErrors(input), ...referenceErrors(input)];
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, document: input as CatalogueDocument };
}
