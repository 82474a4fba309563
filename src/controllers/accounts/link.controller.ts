import type { RequestHandler, Response } from 'express';
import { z } from 'zod';
import { signIn } from '../../middleware/auth';
import { MIN_PASSWORD_LENGTH, type Accounts, type FieldProblem } from '../../services/accounts/accounts';
import type { TokenPurpose } from '../../db/account-tables';
import { clientAddress, shownProblems } from './form-problems';

const PasswordForm = z.object({
  email: z.string().optional(),
  password: z.string().max(1024).optional(),
  confirm: z.string().max(1024).optional(),
});

const EmailAddress = z.string().trim().max(320).email();

function renderForm(
  res: Response,
  status: number,
  purpose: TokenPurpose,
  locals: { email: string; problems: FieldProblem[]; action: string },
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

/** The checks of a new password (length, confirmation, not the e-mail address). */
export function passwordProblems(password: string, confirm: string, email: string): FieldProblem[] {
  if (password.length < MIN_PASSWORD_LENGTH) return [{ field: 'password', code: 'passwordTooShort' }];
  if (password.trim().toLowerCase() === email.trim().toLowerCase())
    return [{ field: 'password', code: 'passwordIsEmail' }];
  if (password !== confirm) return [{ field: 'confirm', code: 'passwordMismatch' }];
  return [];
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
      const form = PasswordForm.safeParse(req.body);
      const body = form.success ? form.data : {};
      const password = body.password ?? '';
      let email = state.user?.email ?? '';
      const problems: FieldProblem[] = [];
      if (purpose === 'setup') {
        const parsedEmail = EmailAddress.safeParse(body.email ?? '');
        email = (body.email ?? '').trim().slice(0, 320);
        if (!parsedEmail.success) problems.push({ field: 'email', code: 'emailInvalid' });
      }
      problems.push(...passwordProblems(password, body.confirm ?? '', email));
      if (problems.length) return renderForm(res, 400, purpose, { email, problems, action: action(token) });
      const result = await accounts.redeemLink(token, { password, email }, clientAddress(req));
      if (!result.ok) {
        if ('reason' in result) return renderInvalid(res, result.reason);
        return renderForm(res, 400, purpose, { email, problems: result.problems, action: action(token) });
      }
      await signIn(req, result.user.id);
      res.redirect(303, '/account');
    },
  };
}
