import type { Knex } from 'knex';
import type { Config } from '../../config';
import type { UserRow, UserTokenRow } from '../../db/account-tables';
import type { Logger } from '../../logger';
import type { AuditActor } from '../audit/record-audit';
import type { Mailer } from '../mail/mailer';
import type { LoginThrottle } from './login-throttle';

/** A problem with one form field; `code` names the message `accounts.errors.<code>`. */
export interface FieldProblem {
  field: string;
  code: string;
}

export type Outcome<T> = ({ ok: true } & T) | { ok: false; problems: FieldProblem[] };

export type LinkState =
  | { ok: true; token: UserTokenRow; user: UserRow | undefined }
  | { ok: false; reason: 'unknown' | 'used' | 'expired' | 'deactivated' };

export type AccountsConfig = Pick<
  Config,
  | 'publicBaseUrl'
  | 'invitationTtlHours'
  | 'resetTtlHours'
  | 'passwordScryptN'
  | 'loginMaxFailuresPerAccount'
  | 'loginMaxFailuresPerAddress'
  | 'loginThrottleMinutes'
>;

/** What every account rule works with (the `Accounts` service holds one). */
export interface AccountsContext {
  knex: Knex;
  config: AccountsConfig;
  mailer: Mailer;
  logger: Logger;
  throttle: LoginThrottle;
}

export const HOUR_MS = 60 * 60 * 1000;

const LINK_PATH = { invitation: '/invitation/', reset: '/password-reset/', setup: '/setup/' } as const;

/** The address of a one-time link, on the configured public base URL. */
export function linkUrl(
  config: Pick<AccountsConfig, 'publicBaseUrl'>,
  purpose: keyof typeof LINK_PATH,
  token: string,
): string {
  return `${config.publicBaseUrl}${LINK_PATH[purpose]}${token}`;
}

/** Who acted, as the audit trail records it (none for the CLI and the first-run set-up). */
export const auditActor = (user: { id: number; email: string } | null): AuditActor | null =>
  user ? { id: user.id, email: user.email } : null;

/** What the audit trail hashes of a user: never the password hash itself, only when it changed. */
export function auditView(user: UserRow | undefined): Record<string, unknown> | undefined {
  if (!user) return undefined;
  const view: Record<string, unknown> = { ...user, password_hash: user.password_hash ? 'set' : null };
  delete view.last_login_at;
  return view;
}
