import { ConnectSessionKnexStore } from 'connect-session-knex';
import type { RequestHandler, Response } from 'express';
import session from 'express-session';
import type { Knex } from 'knex';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { secureCookies } from './csrf';

export const SESSION_COOKIE = 'cm_session';
/**
 * Over https the session cookie is `__Host-` prefixed, as the CSRF cookie is: a browser then takes it
 * only Secure, for this host and path `/`, so a sibling subdomain cannot plant a session id of its
 * choosing (cookie tossing, a fixation). Plain http (development, tests) keeps the plain name.
 */
export const HOST_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

declare module 'express-session' {
  interface SessionData {
    /** The signed-in user (users.id); deactivation deletes the sessions holding it. */
    userId?: number;
    /** When the user signed in (epoch ms), for the absolute timeout. */
    startedAt?: number;
    /** A message for the next page (after a POST-redirect-GET), shown once. */
    flash?: { kind: 'success' | 'error'; text: string; link?: string };
  }
}

/**
 * Sessions in PostgreSQL (table `sessions`, migration 022) through connect-session-knex, so the
 * embedded database works as a server does. Only signed-in visitors get a session (nothing is
 * stored or read for anonymous buyers). The cookie is HttpOnly and SameSite=Lax, Secure in
 * production (behind a TLS proxy set TRUST_PROXY); every request renews it until it has been idle
 * for SESSION_IDLE_MINUTES (the row's `expired` moves with it, so the server enforces it too).
 * Requests over https (`req.secure`) use the `__Host-` cookie and never read the plain one.
 */
export function sessionMiddleware(knex: Knex, config: Config, logger: Logger): RequestHandler {
  // One store per middleware: express-session sets the store's `generate` to make its own cookie,
  // so a shared store would give plain-http sessions the Secure cookie of the https one.
  const over = (name: string, secure: boolean): RequestHandler =>
    session({
      name,
      secret: config.sessionSecret,
      store: new ConnectSessionKnexStore({
        knex,
        tableName: 'sessions',
        createTable: false,
        // Expired sessions are removed by the app's retention clean-up (src/services/retention),
        // with the other rows that outlive their use, on both databases and in one tested place.
        cleanupInterval: 0,
        onDbCleanupError: (err) => logger.warn({ err }, 'expired-session clean-up failed'),
      }),
      resave: false,
      saveUninitialized: false,
      rolling: true,
      unset: 'destroy',
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure,
        path: '/',
        maxAge: config.sessionIdleMinutes * 60 * 1000,
      },
    });
  const plain = over(SESSION_COOKIE, secureCookies(config));
  const host = over(HOST_SESSION_COOKIE, true);
  return (req, res, next) => {
    // A page for a visitor without a session cookie needs no session: express-session would make one
    // (a random id, a cookie, a signature) for every such request only to throw it away. Forms
    // (POST) still get one, as signing in starts the session there.
    const cookie = req.secure ? HOST_SESSION_COOKIE : SESSION_COOKIE;
    const cookies = req.cookies as Record<string, string> | undefined;
    if ((req.method === 'GET' || req.method === 'HEAD') && cookies?.[cookie] === undefined) return next();
    return (req.secure ? host : plain)(req, res, next);
  };
}

/**
 * A redirect waits until the session is saved. express-session saves a changed session while the
 * response goes out: it sends the headers (a redirect's Location) first and ends the body after the
 * save. A browser follows a 303 on its headers, so with a pool of connections (a PostgreSQL server)
 * the next request could read the session as it was before — the flash of a POST-redirect-GET, such
 * as an invitation link, was then lost. (The embedded database runs one query at a time, which hid
 * it.) Only a session that holds something is saved: anonymous visitors still get none.
 */
export const saveSessionBeforeRedirect: RequestHandler = (req, res, next) => {
  const redirect = res.redirect.bind(res) as (...args: unknown[]) => void;
  res.redirect = ((...args: unknown[]) => {
    const s = req.session as typeof req.session | undefined;
    if (!s || (s.userId === undefined && s.flash === undefined)) return redirect(...args);
    s.save((err?: unknown) => (err ? next(err) : redirect(...args)));
  }) as Response['redirect'];
  next();
};

/**
 * Clears the `__Host-` session cookie at sign-out over https (with Secure and path `/`, or a browser
 * ignores the clearing); the logout controller clears the plain one.
 */
export const clearHostSessionCookie: RequestHandler = (req, res, next) => {
  if (req.secure) {
    res.clearCookie(HOST_SESSION_COOKIE, { path: '/', secure: true, httpOnly: true, sameSite: 'lax' });
  }
  next();
};
