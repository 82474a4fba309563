import type { Knex } from 'knex';
import type { Role, UserRow } from '../../db/account-tables';
import type { Logger } from '../../logger';
import type { Mailer } from '../mail/mailer';
import { type AccountsConfig, type AccountsContext, type LinkState, type Outcome } from './account-context';
import { LoginThrottle } from './login-throttle';
import { checkLink, issueReset, redeemLink, setupLinkIfNoAdmin } from './one-time-links';
import { authenticate } from './sign-in';
import { changeRole, invite, setActive } from './user-admin';

export type { AccountsConfig, FieldProblem, LinkState, Outcome } from './account-context';

type Admin = { id: number; email: string };

/**
 * The account rules of issue 15, one object for the app to hold: sign-in with throttling
 * (sign-in.ts), invitations, roles and deactivation (user-admin.ts), reset and set-up links
 * (one-time-links.ts: one-time, expiring, stored as hashes); every change in one transaction with
 * its audit row.
 */
export class Accounts {
  readonly throttle: LoginThrottle;
  private readonly ctx: AccountsContext;

  constructor(
    readonly knex: Knex,
    config: AccountsConfig,
    readonly mailer: Mailer,
    logger: Logger,
  ) {
    this.throttle = new LoginThrottle(knex, config);
    this.ctx = { knex, config, mailer, logger, throttle: this.throttle };
  }

  authenticate(
    email: string,
    password: string,
    address: string,
  ): Promise<{ ok: true; user: UserRow } | { ok: false; retryAfterMs: number }> {
    return authenticate(this.ctx, email, password, address);
  }

  invite(
    input: { email: string; role: Role; providerId: string | null; name?: string | null },
    actor: Admin | null,
    address?: string,
  ): Promise<Outcome<{ user: UserRow; link: string; delivery: 'smtp' | 'outbox' }>> {
    return invite(this.ctx, input, actor, address);
  }

  issueReset(
    userId: number,
    actor: Admin,
    address?: string,
  ): Promise<{ link: string; delivery: 'smtp' | 'outbox' } | undefined> {
    return issueReset(this.ctx, userId, actor, address);
  }

  checkLink(token: unknown): Promise<LinkState> {
    return checkLink(this.ctx, token);
  }

  redeemLink(
    token: string,
    input: { password: string; email?: string },
    address?: string,
  ): ReturnType<typeof redeemLink> {
    return redeemLink(this.ctx, token, input, address);
  }

  changeRole(
    userId: number,
    input: { role: Role; providerId: string | null },
    actor: Admin,
    address?: string,
  ): Promise<Outcome<{ user: UserRow }> | undefined> {
    return changeRole(this.ctx, userId, input, actor, address);
  }

  setActive(
    userId: number,
    active: boolean,
    actor: Admin,
    address?: string,
  ): Promise<Outcome<{ user: UserRow }> | undefined> {
    return setActive(this.ctx, userId, active, actor, address);
  }

  setupLinkIfNoAdmin(): Promise<string | undefined> {
    return setupLinkIfNoAdmin(this.ctx);
  }
}
