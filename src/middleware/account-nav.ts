import type { RequestHandler } from 'express';
import type { Config } from '../config';
import { presentAccountNav } from '../presenters/accounts/account-nav.presenter';
import { csrfToken, secureCookies } from './csrf';

/**
 * The header's account part for every page (`res.locals.accountNav`), after `loadUser`. An
 * anonymous visitor's header is the same for everyone, so the page cache may keep the page; a
 * signed-in user's pages carry their name, are never taken from or put in the page cache (see
 * page-cache.ts) and are marked private, so that no shared cache keeps them either (a route may
 * still set a stricter or its own Cache-Control).
 */
export function accountNav(config: Pick<Config, 'env' | 'sessionSecret'>): RequestHandler {
  return (req, res, next) => {
    res.locals.accountNav = presentAccountNav(req.user, res.locals.t, () =>
      csrfToken(req, res, config.sessionSecret, secureCookies(config)),
    );
    if (req.user) res.set('Cache-Control', 'private, no-store');
    next();
  };
}
