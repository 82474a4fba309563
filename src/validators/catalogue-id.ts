import { z } from 'zod';

/** Catalogue ids as in the schema: lower-case words joined by hyphens, at most 80 characters. */
export const CatalogueId = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
