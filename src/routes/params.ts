import type { RequestHandler } from 'express';
import { NotFoundError } from '../errors';
import { CatalogueId } from '../validators/catalogue-id';

/** A path id that cannot exist is simply not found: the 404 page helps the user on. */
export function catalogueIdParam(kind: 'service' | 'provider' | 'category'): RequestHandler {
  return (req, _res, next) => {
    const id = String(req.params.id);
    next(CatalogueId.safeParse(id).success ? undefined : new NotFoundError(kind, id));
  };
}
