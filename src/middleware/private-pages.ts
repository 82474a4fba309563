import express, { type RequestHandler } from 'express';
import type { Config } from '../config';
import { csrfLocals, requireCsrf } from './csrf';

/**
 * The pages of one signed-in user (accounts, administration, drafts, review): never stored by a
 * browser or proxy, and their forms get the visitor's CSRF token (`res.locals.csrfToken`).
 */
export function privatePages(config: Pick<Config, 'env' | 'sessionSecret'>): RequestHandler[] {
  const noStore: RequestHandler = (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  };
  return [noStore, csrfLocals(config)];
}

/** A POST form's body parser, limited to the form's size, then the CSRF check (403 without a valid token). */
export function protectedForm(
  config: Pick<Config, 'sessionSecret'>,
  size: { limit: string; parameterLimit: number },
): RequestHandler[] {
  return [express.urlencoded({ extended: false, ...size }), requireCsrf(config)];
}
