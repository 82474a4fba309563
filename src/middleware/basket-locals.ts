import type { Request, RequestHandler, Response } from 'express';
import type { AppDeps } from '../app-deps';
import { MAX_COMPARED, MIN_COMPARED } from '../domain/compare/build-comparison';
import { parseBasket } from '../domain/compare/basket';
import { compareHref } from '../presenters/compare/compare-page.presenter';
import { csrfToken } from './csrf';

export const BASKET_COOKIE = 'cm_compare';

/** What the "Add to comparison" partial needs on any page (res.locals.compareBasket). */
export interface BasketLocals {
  ids: string[];
  max: number;
  full: boolean;
  has: (id: string) => boolean;
  /** The shareable comparison link, once two or more services are picked. */
  compareHref?: string;
  /** Where the form returns to after the change: the page it is on. */
  returnTo: string;
  /** The CSRF form token; sets the token cookie only on pages that show a form. */
  csrfToken: () => string;
}

export function readBasket(req: Request, deps: Pick<AppDeps, 'store'>): string[] {
  const model = deps.store.current();
  const cookies = req.cookies as Record<string, unknown> | undefined;
  return parseBasket(cookies?.[BASKET_COOKIE], (id) => model.serviceById.has(id));
}

export function basketLocals(
  req: Request,
  res: Response,
  deps: Pick<AppDeps, 'store' | 'config'>,
): BasketLocals {
  const ids = readBasket(req, deps);
  const secure = deps.config.env === 'production';
  return {
    ids,
    max: MAX_COMPARED,
    full: ids.length >= MAX_COMPARED,
    has: (id) => ids.includes(id),
    ...(ids.length >= MIN_COMPARED ? { compareHref: compareHref(ids) } : {}),
    returnTo: req.originalUrl,
    csrfToken: () => csrfToken(req, res, deps.config.sessionSecret, secure),
  };
}

/** Puts the basket into the view locals of every page after it (list cards, service pages). */
export function compareBasketLocals(deps: Pick<AppDeps, 'store' | 'config'>): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD')
      res.locals.compareBasket = basketLocals(req, res, deps);
    next();
  };
}
