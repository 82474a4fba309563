import type { RequestHandler } from 'express';
import type { Accounts } from '../../services/accounts/accounts';
import { signIn, signOut } from '../../middleware/auth';
import { localPath, typedValues } from '../../validators/account-form';
import { parseLoginForm } from '../../validators/login-form';
import { clientAddress, shownProblems } from './form-problems';

function renderLogin(
  res: Parameters<RequestHandler>[1],
  status: number,
  locals: { next: string; email?: string; problems?: ReturnType<typeof shownProblems> },
): void {
  const t = res.locals.t as (key: string) => string;
  res.status(status).render('pages/accounts/login', {
    title: t('accounts.login.title'),
    breadcrumbs: [{ label: t('accounts.login.title') }],
    email: '',
    problems: [],
    ...locals,
  });
}

/** GET /login: the sign-in form (a signed-in user goes on to where they were going). */
export function loginPageController(): RequestHandler {
  return (req, res) => {
    const next = localPath(req.query.next, '/account');
    if (req.user) return res.redirect(303, next);
    renderLogin(res, 200, { next });
  };
}

/**
 * POST /login: checks the address and password; wrong or unknown gives one message, too many
 * failures a 429 with the wait. Success starts a new session (new id) and redirects.
 */
export function loginController(accounts: Accounts): RequestHandler {
  return async (req, res) => {
    const t = res.locals.t as (key: string, params?: Record<string, number>) => string;
    const form = parseLoginForm(req.body);
    const next = localPath((req.body as { next?: unknown } | undefined)?.next, '/account');
    if (!form.ok) {
      return renderLogin(res, 400, {
        next,
        email: typedValues(req.body, ['email']).email,
        problems: shownProblems(res, form.problems),
      });
    }
    const { email, password } = form.value;
    const result = await accounts.authenticate(email, password, clientAddress(req));
    if (!result.ok) {
      const throttled = result.retryAfterMs > 0;
      const minutes = Math.max(1, Math.ceil(result.retryAfterMs / 60000));
      if (throttled) res.set('Retry-After', String(Math.ceil(result.retryAfterMs / 1000)));
      return renderLogin(res, throttled ? 429 : 401, {
        next,
        email,
        problems: [
          {
            field: 'email',
            href: '#email',
            message: throttled ? t('accounts.login.throttled', { minutes }) : t('accounts.login.invalid'),
          },
        ],
      });
    }
    await signIn(req, result.user.id);
    res.redirect(303, next);
  };
}

/** POST /logout: ends the session (deleted from the store) and clears the cookie. */
export function logoutController(cookieName: string): RequestHandler {
  return async (req, res) => {
    if (req.session) await signOut(req);
    res.clearCookie(cookieName, { path: '/' });
    res.redirect(303, '/');
  };
}

/** GET /account: who is signed in, with the pages their role opens. */
export function accountPageController(): RequestHandler {
  return (req, res) => {
    const t = res.locals.t as (key: string) => string;
    res.render('pages/accounts/account', {
      title: t('accounts.account.title'),
      breadcrumbs: [{ label: t('accounts.account.title') }],
      account: req.user,
    });
  };
}
