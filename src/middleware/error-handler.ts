import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Config } from '../config';
import {
  BadRequestError,
  ForbiddenError,
  NotFoundError,
  ServiceUnavailableError,
  UnauthorizedError,
  type ParameterProblem,
} from '../errors';
import { csrfToken, secureCookies } from './csrf';
import { DEFAULT_LANG, isLang } from '../i18n/i18n';
import type { Logger } from '../logger';
import { languageLocals } from './language';

/** Catch-all after the routes: nothing matched → 404. */
export const notFoundHandler: RequestHandler = (_req, _res, next) => next(new NotFoundError('page'));

interface Mapped {
  status: number;
  code: string;
  message: string;
  details: ParameterProblem[];
  notFound?: NotFoundError;
  forbidden?: ForbiddenError;
}

function mapError(err: unknown): Mapped {
  if (err instanceof BadRequestError) {
    return { status: 400, code: 'bad_request', message: err.message, details: err.problems };
  }
  if (err instanceof UnauthorizedError) {
    return { status: 401, code: 'unauthorized', message: 'Sign-in required', details: [] };
  }
  if (err instanceof ForbiddenError) {
    const message = err.reason === 'csrf' ? 'Invalid or missing CSRF token' : 'Not allowed';
    const details = err.reason === 'csrf' ? [{ parameter: '_csrf', message }] : [];
    return { status: 403, code: 'forbidden', message, details, forbidden: err };
  }
  if (err instanceof NotFoundError) {
    const details = err.parameter ? [{ parameter: err.parameter, message: err.message }] : [];
    return { status: 404, code: 'not_found', message: err.message, details, notFound: err };
  }
  if (err instanceof ServiceUnavailableError) {
    return {
      status: 503,
      code: 'service_unavailable',
      message: 'The catalogue is temporarily unavailable',
      details: [],
    };
  }
  // Errors from express's own middleware (body too large, malformed body) carry a 4xx status.
  const status = (err as { status?: unknown })?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message = (err as { expose?: boolean; message?: string }).expose
      ? String((err as Error).message)
      : 'Bad request';
    return { status, code: 'bad_request', message, details: [{ parameter: 'body', message }] };
  }
  return { status: 500, code: 'internal_error', message: 'Internal server error', details: [] };
}

/** Other client errors (413 body too large, 403, …) list their problem like a 400, not as a 500. */
function viewFor(status: number): string {
  if (status === 401) return 'pages/accounts/login';
  if (status === 403 || status === 404 || status === 503) return `errors/${status}`;
  return status >= 400 && status < 500 ? 'errors/400' : 'errors/500';
}

/**
 * The one error handler: maps error classes to status and page (or JSON for /api), logs server
 * errors, never shows a stack trace or version.
 */
export function errorHandler(logger: Logger, config: Config): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) return next(err);
    const mapped = mapError(err);
    if (mapped.status >= 500) logger.error({ err, url: req.originalUrl }, 'request failed');
    res.status(mapped.status);
    if (mapped.status === 503) res.set('Retry-After', '10');
    if (req.path.startsWith('/api/')) {
      res.json({ error: { code: mapped.code, message: mapped.message, details: mapped.details } });
      return;
    }
    if (!res.locals.t) {
      // The error happened before the language was chosen (e.g. a bad `lang` or an oversized URL).
      const cookieLang = (req.cookies as Record<string, unknown> | undefined)?.lang;
      Object.assign(res.locals, languageLocals(isLang(cookieLang) ? cookieLang : DEFAULT_LANG, '/'));
    }
    if (mapped.status === 401 || mapped.status === 403) res.set('Cache-Control', 'no-store');
    if (!res.locals.csrfToken)
      res.locals.csrfToken = () => csrfToken(req, res, config.sessionSecret, secureCookies(config));
    const t = res.locals.t as (key: string) => string;
    res.render(
      viewFor(mapped.status),
      {
        problems: mapped.details,
        notFound: mapped.notFound,
        forbidden: mapped.forbidden,
        // The 401 page is the login form, returning to the page asked for.
        ...(mapped.status === 401
          ? {
              title: t('accounts.login.title'),
              breadcrumbs: [],
              email: '',
              next: req.method === 'GET' ? req.originalUrl : '/account',
              signInRequired: true,
            }
          : {}),
      },
      (renderErr, html) => {
        if (renderErr) {
          logger.error({ err: renderErr }, 'error page failed to render');
          res.type('text/plain').send(mapped.message);
        } else {
          res.type('html').send(html);
        }
      },
    );
  };
}
