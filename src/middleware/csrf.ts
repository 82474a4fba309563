import crypto from 'node:crypto';
import type { Request, Response } from 'express';

/**
 * CSRF protection for the basket forms: a signed double-submit token. A random value lives in an
 * HttpOnly, SameSite=Strict cookie; the form carries HMAC(secret, value). A cross-site page can
 * neither read the cookie nor compute the HMAC without the server secret, so it cannot forge the
 * field; the comparison itself is compared in constant time.
 */
export const CSRF_COOKIE = 'cm_csrf';
export const CSRF_FIELD = '_csrf';
const VALUE = /^[A-Za-z0-9_-]{43}$/; // 32 random bytes, base64url

function sign(secret: string, value: string): string {
  return crypto.createHmac('sha256', secret).update(`compare-basket:${value}`).digest('base64url');
}

/** The form token for this visitor; sets the cookie the first time it is needed. */
export function csrfToken(req: Request, res: Response, secret: string, secure: boolean): string {
  const cookies = req.cookies as Record<string, unknown> | undefined;
  let value = cookies?.[CSRF_COOKIE];
  if (typeof value !== 'string' || !VALUE.test(value)) {
    value = crypto.randomBytes(32).toString('base64url');
    res.cookie(CSRF_COOKIE, value, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
    // Later calls in the same request must see the same value.
    (req.cookies as Record<string, unknown>)[CSRF_COOKIE] = value;
  }
  return sign(secret, value as string);
}

/** True when the submitted field matches the cookie's signature. */
export function validCsrf(req: Request, secret: string): boolean {
  const cookies = req.cookies as Record<string, unknown> | undefined;
  const value = cookies?.[CSRF_COOKIE];
  const body = req.body as Record<string, unknown> | undefined;
  const submitted = body?.[CSRF_FIELD];
  if (typeof value !== 'string' || !VALUE.test(value) || typeof submitted !== 'string') return false;
  const expected = Buffer.from(sign(secret, value));
  const given = Buffer.from(submitted);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}
