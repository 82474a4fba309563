import crypto from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import type { Config } from '../config';
import { ForbiddenError } from '../errors';

/**
 * CSRF protection for every form: a signed double-submit token. A random value lives in an
 * HttpOnly, SameSite=Strict cookie; the form carries HMAC(secret, value). A cross-site page can
 * neither read the cookie nor compute the HMAC without the server secret, so it cannot forge the
 * field; the comparison itself is compared in constant time. Scripts may send the token in the
 * `X-CSRF-Token` header instead of the `_csrf` field.
 */
export const CSRF_COOKIE = 'cm_csrf';
/**
 * Over https the cookie is `__Host-` prefixed: a browser then takes it only Secure, for this host
 * and path `/`, so a sibling subdomain cannot plant a value whose token it knows (cookie tossing).
 */
export const HOST_CSRF_COOKIE = `__Host-${CSRF_COOKIE}`;
const cookieName = (req: Request): string => (req.secure ? HOST_CSRF_COOKIE : CSRF_COOKIE);
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const VALUE = /^[A-Za-z0-9_-]{43}$/; // 32 random bytes, base64url

function sign(secret: string, value: string): string {
  return crypto.createHmac('sha256', secret).update(`csrf:${value}`).digest('base64url');
}

/** Whether cookies get the Secure attribute: always in production (TLS, possibly behind a proxy). */
export function secureCookies(config: Pick<Config, 'env'>): boolean {
  return config.env === 'production';
}

/** The form token for this visitor; sets the cookie the first time it is needed. */
export function csrfToken(req: Request, res: Response, secret: string, secure: boolean): string {
  const cookies = req.cookies as Record<string, unknown> | undefined;
  const name = cookieName(req);
  let value = cookies?.[name];
  if (typeof value !== 'string' || !VALUE.test(value)) {
    value = crypto.randomBytes(32).toString('base64url');
    res.cookie(name, value, { httpOnly: true, sameSite: 'strict', secure: secure || req.secure, path: '/' });
    // Later calls in the same request must see the same value.
    (req.cookies as Record<string, unknown>)[name] = value;
  }
  return sign(secret, value as string);
}

/** True when the submitted field (or header) matches the cookie's signature. */
export function validCsrf(req: Request, secret: string): boolean {
  const cookies = req.cookies as Record<string, unknown> | undefined;
  const value = cookies?.[cookieName(req)];
  const body = req.body as Record<string, unknown> | undefined;
  const submitted = body?.[CSRF_FIELD] ?? req.get(CSRF_HEADER);
  if (typeof value !== 'string' || !VALUE.test(value) || typeof submitted !== 'string') return false;
  const expected = Buffer.from(sign(secret, value));
  const given = Buffer.from(submitted);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}

/**
 * `res.locals.csrfToken()` for the forms of a page (the cookie is set only when a form asks).
 * Account and admin pages are never cached, so they use the token directly.
 */
export function csrfLocals(config: Pick<Config, 'env' | 'sessionSecret'>): RequestHandler {
  return (req, res, next) => {
    res.locals.csrfToken = () => csrfToken(req, res, config.sessionSecret, secureCookies(config));
    next();
  };
}

/**
 * Refuses a state-changing request (anything but GET, HEAD, OPTIONS) without a valid token with a
 * 403. Mount it after the body parser of the route.
 */
export function requireCsrf(config: Pick<Config, 'sessionSecret'>): RequestHandler {
  return (req, _res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
    if (!validCsrf(req, config.sessionSecret)) return next(new ForbiddenError('csrf'));
    next();
  };
}
