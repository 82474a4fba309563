import type { Request, RequestHandler } from 'express';
import type { Knex } from 'knex';
import type { Config } from '../config';
import type { Role } from '../db/account-tables';
import { ForbiddenError, UnauthorizedError } from '../errors';
import { findUserById } from '../repositories/accounts/users.repository';

/**
 * The contract between the accounts and the rest of the app (issue 15): the signed-in user is
 * `req.user` and `res.locals.user` (undefined for anonymous visitors); routes guard themselves with
 * `requireUser` and `requireRole(...)`.
 */
export interface AuthUser {
  id: number;
  email: string;
  name: string | null;
  role: Role;
  /** The provider a supplier belongs to; null for curators and administrators. */
  providerId: string | null;
}

export type { Role } from '../db/account-tables';

declare module 'express-serve-static-core' {
  interface Request {
    /** The signed-in user (set by `loadUser`), undefined when nobody is signed in. */
    user?: AuthUser;
  }
}

/**
 * Puts the signed-in user on the request. The user is read from the database on every request, so
 * a deactivation or a role change takes effect at once; a session past its absolute lifetime, or
 * of a deactivated or deleted user, is destroyed and the visitor is anonymous.
 */
export function loadUser(knex: Knex, config: Pick<Config, 'sessionAbsoluteHours'>): RequestHandler {
  const absoluteMs = config.sessionAbsoluteHours * 60 * 60 * 1000;
  return async (req, res, next) => {
    const s = req.session as Request['session'] | undefined;
    if (!s?.userId) return next();
    const row = Date.now() - (s.startedAt ?? 0) > absoluteMs ? undefined : await findUserById(knex, s.userId);
    if (!row || row.deactivated_at) {
      await new Promise<void>((resolve) => s.destroy(() => resolve()));
      return next();
    }
    const user: AuthUser = {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      providerId: row.provider_id,
    };
    req.user = user;
    res.locals.user = user;
    next();
  };
}

/** 401 (the login form, or JSON under /api/) unless someone is signed in. */
export const requireUser: RequestHandler = (req, _res, next) => {
  next(req.user ? undefined : new UnauthorizedError());
};

/**
 * 401 when nobody is signed in, 403 when the user has none of the roles. An administrator can do
 * what a curator does: `requireRole('curator')` admits administrators too.
 */
export function requireRole(...roles: Role[]): RequestHandler {
  const allowed = new Set<Role>(roles);
  if (allowed.has('curator')) allowed.add('admin');
  return (req, _res, next) => {
    if (!req.user) return next(new UnauthorizedError());
    next(allowed.has(req.user.role) ? undefined : new ForbiddenError('role'));
  };
}

/** Signs the user in: a new session id (against session fixation) holding the user id. */
export async function signIn(req: Request, userId: number): Promise<void> {
  await new Promise<void>((resolve, reject) =>
    req.session.regenerate((err) => (err ? reject(err) : resolve())),
  );
  req.session.userId = userId;
  req.session.startedAt = Date.now();
  await new Promise<void>((resolve, reject) => req.session.save((err) => (err ? reject(err) : resolve())));
}

/** Signs out: the session is deleted from the store. */
export async function signOut(req: Request): Promise<void> {
  await new Promise<void>((resolve, reject) => req.session.destroy((err) => (err ? reject(err) : resolve())));
}
