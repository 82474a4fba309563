import { z } from 'zod';
import { parseForm } from './account-form';
import type { Validated } from './problem';

export interface LoginForm {
  email: string;
  password: string;
}

const Form = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1024),
});

/**
 * The sign-in form (POST /login): an e-mail address and a password, both required. Whether they
 * match an account is the accounts service's question, answered with one message for both.
 */
export function parseLoginForm(body: unknown): Validated<LoginForm> {
  return parseForm(Form, body, { email: 'emailRequired', password: 'passwordRequired' });
}
