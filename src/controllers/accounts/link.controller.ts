import type { RequestHandler, Response } from 'express';
import { signIn } from '../../middleware/auth';
import type { Accounts } from '../../services/accounts/accounts';
import { MIN_PASSWORD_LENGTH, type TokenPurpose } from '../../db/account-tables';
import { typedValues } from '../../validators/account-form';
import { parsePasswordForm } from '../../validators/password-form';
import type { Problem } from '../../validators/problem';
import { clientAddress, serviceProblems, shownProblems } from './form-problems';

function renderForm(
  res: Response,
  status: number,
  purpose: TokenPurpose,
  locals: { email: string; problems: Problem[]; action: string },
): void {
  const t = res.locals.t as (key: string, params?: Record<string, number>) => string;
  const title = t(`accounts.link.${purpose}.title`);
  res.status(status).render('pages/accounts/set-password', {
    title,
    breadcrumbs: [{ label: title }],
    purpose,
    minLength: MIN_PASSWORD_LENGTH,
    action: locals.action,
    email: locals.email,
    problems: shownProblems(res, locals.problems),
  });
}

function renderInvalid(res: Response, reason: string): void {
  const t = res.locals.t as (key: string) => string;
  res.status(410).render('pages/accounts/link-invalid', {
    title: t('accounts.link.invalid.title'),
    breadcrumbs: [],
    reason: t(`accounts.link.invalid.${reason}`),
  });
}

/**
 * GET and POST of a one-time link (`/invitation/:token`, `/password-reset/:token`, `/setup/:token`):
 * the form to set a password (and, for the first-run set-up, the administrator's e-mail address).
 * A used, expired or unknown link gets a 410 page saying so. Success signs the user in.
 */
export function linkController(
  accounts: Accounts,
  purpose: TokenPurpose,
): { show: RequestHandler; submit: RequestHandler } {
  const action = (token: string) =>
    ({ invitation: '/invitation/', reset: '/password-reset/', setup: '/setup/' })[purpose] + token;
  return {
    show: async (req, res) => {
      const token = String(req.params.token);
      const state = await accounts.checkLink(token);
      if (!state.ok) return renderInvalid(res, state.reason);
      if (state.token.purpose !== purpose) return renderInvalid(res, 'unknown');
      renderForm(res, 200, purpose, { email: state.user?.email ?? '', problems: [], action: action(token) });
    },
    submit: async (req, res) => {
      const token = String(req.params.token);
      const state = await accounts.checkLink(token);
      if (!state.ok) return renderInvalid(res, state.reason);
      if (state.token.purpose !== purpose) return renderInvalid(res, 'unknown');
      const askEmail = purpose === 'setup';
      const email = askEmail ? typedValues(req.body, ['email']).email.trim() : (state.user?.email ?? '');
      const form = parsePasswordForm(req.body, { askEmail, accountEmail: email });
      if (!form.ok)
        return renderForm(res, 400, purpose, { email, problems: form.problems, action: action(token) });
      const result = await accounts.redeemLink(token, form.value, clientAddress(req));
      if (!result.ok) {
        if ('reason' in result) return renderInvalid(res, result.reason);
        const problems = serviceProblems(result.problems);
        return renderForm(res, 400, purpose, { email, problems, action: action(token) });
      }
      await signIn(req, result.user.id);
      res.redirect(303, '/account');
    },
  };
}
