import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../domain/accounts/account.types';
import { accountError } from './account-form';
import type { Problem, Validated } from './problem';

export interface PasswordForm {
  /** The account's address: typed in for the first-run set-up, else the invited user's own. */
  email: string;
  password: string;
}

const Form = z.object({
  email: z.string().optional(),
  password: z.string().max(1024).optional(),
  confirm: z.string().max(1024).optional(),
});

const EmailAddress = z.string().trim().max(320).email();

/**
 * The form of a one-time link (invitation, reset, first-run set-up): a new password of at least
 * MIN_PASSWORD_LENGTH characters that is not the e-mail address, typed twice. The set-up link
 * (`askEmail`) also asks the administrator's e-mail address; other links use `accountEmail`.
 */
export function parsePasswordForm(
  body: unknown,
  context: { askEmail: boolean; accountEmail: string },
): Validated<PasswordForm> {
  const parsed = Form.safeParse(body ?? {});
  const form = parsed.success ? parsed.data : {};
  const problems: Problem[] = [];
  let email = context.accountEmail;
  if (context.askEmail) {
    email = (form.email ?? '').trim().slice(0, 320);
    if (!EmailAddress.safeParse(email).success)
      problems.push({ parameter: 'email', code: accountError('emailInvalid') });
  }
  const password = form.password ?? '';
  if (password.length < MIN_PASSWORD_LENGTH)
    problems.push({
      parameter: 'password',
      code: accountError('passwordTooShort'),
      params: { min: MIN_PASSWORD_LENGTH },
    });
  else if (password.trim().toLowerCase() === email.trim().toLowerCase())
    problems.push({ parameter: 'password', code: accountError('passwordIsEmail') });
  else if (password !== (form.confirm ?? ''))
    problems.push({ parameter: 'confirm', code: accountError('passwordMismatch') });
  return problems.length ? { ok: false, problems } : { ok: true, value: { email, password } };
}
