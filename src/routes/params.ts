import type { RequestHandler } from 'express';
import { z } from 'zod';
import { NotFoundError } from '../errors';

/** Catalogue ids as in the schema: lower-case words joined by hyphens, at most 80 characters. */
export const CatalogueId = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/** A path id that cannot exist is simply not found: the 404 page helps the user on. */
export function catalogueIdParam(kind: 'service' | 'provider' | 'category'): RequestHandler {
  return (req, _res, next) => {
    const id = String(req.params.id);
    next(CatalogueId.safeParse(id).success ? undefined : new NotFoundError(kind, id));
  };
}
