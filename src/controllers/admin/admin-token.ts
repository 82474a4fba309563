import crypto from 'node:crypto';
import type { Request, Response } from 'express';

/** Constant-time comparison of the bearer token with the configured one. */
function authorised(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

/** Answers 401 and returns false unless the request carries the admin bearer token. */
export function requireAdminToken(req: Request, res: Response, token: string): boolean {
  if (authorised(req.get('authorization'), token)) return true;
  res
    .status(401)
    .set('WWW-Authenticate', 'Bearer')
    .json({ error: { code: 'unauthorized', message: 'A valid bearer token is required', details: [] } });
  return false;
}
