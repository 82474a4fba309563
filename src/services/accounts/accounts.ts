import type { Knex } from 'knex';
import type { Config } from '../../config';
import type { Role, UserRow, UserTokenRow } from '../../db/account-tables';
import type { Logger } from '../../logger';
import {
  countActiveAdmins,
  expireOpenTokens,
  findToken,
  findTokenForUpdate,
  findUserByEmail,
  findUserById,
  insertToken,
  insertUser,
  markTokenUsed,
  providerExists,
  updateUser,
} from '../../repositories/accounts/users.repository';
import { deleteSessionsOfUser } from '../../repositories/accounts/sessions.repository';
import { recordAudit, type AuditActor } from '../audit/record-audit';
import type { Mailer } from '../mail/mailer';
import { accountMail } from './account-mail';
import { LoginThrottle } from './login-throttle';
import { hashPassword, needsRehash, verifyAgainstNothing, verifyPassword } from './password';
import { looksLikeToken, newToken, tokenHash } from './tokens';

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

const HOUR_MS = 60 * 60 * 1000;
const LINK_PATH = { invitation: '/invitation/', reset: '/password-reset/', setup: '/setup/' } as const;

const actorOf = (user: { id: number; email: string } | null): AuditActor | null =>
  user ? { id: user.id, email: user.email } : null;

/** What the audit trail hashes of a user: never the password hash itself, only when it changed. */
function auditView(user: UserRow | undefined): Record<string, unknown> | undefined {
  if (!user) return undefined;
  const view: Record<string, unknown> = { ...user, password_hash: user.password_hash ? 'set' : null };
  delete view.last_login_at;
  return view;
}

/**
 * The account rules of issue 15: invitations and reset links (one-time, expiring, stored as hashes),
 * sign-in with throttling, roles and deactivation; every change in one transaction with its audit row.
 */
export class Accounts {
  readonly throttle: LoginThrottle;

  constructor(
    readonly knex: Knex,
    private readonly config: AccountsConfig,
    readonly mailer: Mailer,
    private readonly logger: Logger,
  ) {
    this.throttle = new LoginThrottle(knex, config);
  }

  link(purpose: keyof typeof LINK_PATH, token: string): string {
    return `${this.config.publicBaseUrl}${LINK_PATH[purpose]}${token}`;
  }

  /**
   * Checks an e-mail address and password. Unknown addresses, accounts without a password and
   * deactivated accounts fail exactly like a wrong password (same message, same work).
   */
  async authenticate(
    email: string,
    password: string,
    address: string,
  ): Promise<{ ok: true; user: UserRow } | { ok: false; retryAfterMs: number }> {
    const retryAfterMs = await this.throttle.retryAfterMs(email, address);
    if (retryAfterMs > 0) return { ok: false, retryAfterMs };
    const user = await findUserByEmail(this.knex, email.trim());
    const valid =
      user?.password_hash && !user.deactivated_at
        ? await verifyPassword(password, user.password_hash)
        : await verifyAgainstNothing(password, this.config.passwordScryptN);
    if (!user || !valid) {
      await this.throttle.failed(email, address);
      await recordAudit(this.knex, {
        actor: null,
        action: 'login.failed',
        recordType: 'user',
        recordId: user?.id,
        detail: { email: email.trim().toLowerCase().slice(0, 320) },
        address,
      });
      return { ok: false, retryAfterMs: 0 };
    }
    await this.throttle.succeeded(email);
    const rehash = needsRehash(user.password_hash as string, this.config.passwordScryptN)
      ? await hashPassword(password, this.config.passwordScryptN)
      : undefined;
    await this.knex.transaction(async (trx) => {
      await updateUser(trx, user.id, {
        last_login_at: new Date(),
        ...(rehash ? { password_hash: rehash } : {}),
      });
      await recordAudit(trx, {
        actor: actorOf(user),
        action: 'login',
        recordType: 'user',
        recordId: user.id,
        address,
      });
    });
    return { ok: true, user };
  }

  /** Invites a new user: creates the account without a password and sends a one-time link. */
  async invite(
    input: { email: string; role: Role; providerId: string | null; name?: string | null },
    actor: { id: number; email: string } | null,
    address?: string,
  ): Promise<Outcome<{ user: UserRow; link: string; delivery: 'smtp' | 'outbox' }>> {
    const email = input.email.trim().toLowerCase();
    const providerId = input.role === 'supplier' ? input.providerId : null;
    const problems: FieldProblem[] = [];
    if (input.role === 'supplier' && !providerId)
      problems.push({ field: 'provider', code: 'providerRequired' });
    else if (providerId && !(await providerExists(this.knex, providerId)))
      problems.push({ field: 'provider', code: 'providerUnknown' });
    if (await findUserByEmail(this.knex, email)) problems.push({ field: 'email', code: 'emailTaken' });
    if (problems.length) return { ok: false, problems };

    const token = newToken();
    const user = await this.knex.transaction(async (trx) => {
      const created = await insertUser(trx, {
        email,
        role: input.role,
        providerId,
        name: input.name ?? null,
      });
      await insertToken(trx, {
        purpose: 'invitation',
        userId: created.id,
        tokenHash: tokenHash(token),
        expiresAt: new Date(Date.now() + this.config.invitationTtlHours * HOUR_MS),
        createdBy: actor?.id ?? null,
      });
      await recordAudit(trx, {
        actor: actorOf(actor),
        action: 'user.invited',
        recordType: 'user',
        recordId: created.id,
        after: auditView(created),
        detail: { email, role: created.role, providerId, via: actor ? 'app' : 'cli' },
        address,
      });
      return created;
    });
    const link = this.link('invitation', token);
    const delivery = await this.mailer.send(
      accountMail('invitation', email, link, this.config.invitationTtlHours),
    );
    return { ok: true, user, link, delivery };
  }

  /** Issues a one-time password-reset link for a user (an administrator's action); older links stop working. */
  async issueReset(
    userId: number,
    actor: { id: number; email: string },
    address?: string,
  ): Promise<{ link: string; delivery: 'smtp' | 'outbox' } | undefined> {
    const token = newToken();
    const user = await this.knex.transaction(async (trx) => {
      const found = await findUserById(trx, userId);
      if (!found) return undefined;
      const now = new Date();
      // Any earlier link of the user stops working, an unused invitation too (its replacement is sent).
      await expireOpenTokens(trx, { userId, purposes: ['reset', 'invitation'] }, now);
      await insertToken(trx, {
        purpose: found.password_hash ? 'reset' : 'invitation',
        userId,
        tokenHash: tokenHash(token),
        expiresAt: new Date(now.getTime() + this.config.resetTtlHours * HOUR_MS),
        createdBy: actor.id,
      });
      await recordAudit(trx, {
        actor: actorOf(actor),
        action: 'password.reset_issued',
        recordType: 'user',
        recordId: userId,
        address,
      });
      return found;
    });
    if (!user) return undefined;
    const purpose = user.password_hash ? 'reset' : 'invitation';
    const link = this.link(purpose, token);
    const delivery = await this.mailer.send(
      accountMail(purpose, user.email, link, this.config.resetTtlHours),
    );
    return { link, delivery };
  }

  /** What a link is for, or why it cannot be used (unknown, already used, expired, account deactivated). */
  async checkLink(token: unknown): Promise<LinkState> {
    if (!looksLikeToken(token)) return { ok: false, reason: 'unknown' };
    const row = await findToken(this.knex, tokenHash(token));
    return this.linkState(this.knex, row);
  }

  private async linkState(db: Knex, row: UserTokenRow | undefined): Promise<LinkState> {
    if (!row) return { ok: false, reason: 'unknown' };
    if (row.used_at) return { ok: false, reason: 'used' };
    if (new Date(row.expires_at).getTime() <= Date.now()) return { ok: false, reason: 'expired' };
    // The first-run link makes an administrator only while there is none (one may have been invited).
    if (row.purpose === 'setup' && (await countActiveAdmins(db)) > 0) return { ok: false, reason: 'used' };
    const user = row.user_id === null ? undefined : await findUserById(db, row.user_id);
    if (row.user_id !== null && (!user || user.deactivated_at)) return { ok: false, reason: 'deactivated' };
    return { ok: true, token: row, user };
  }

  /**
   * Spends a link: sets the password of the invited (or reset) user, or creates the first
   * administrator with the set-up link. The link is locked and marked used in the same transaction,
   * so it works exactly once. Ends the user's other sessions.
   */
  async redeemLink(
    token: string,
    input: { password: string; email?: string },
    address?: string,
  ): Promise<
    Outcome<{ user: UserRow }> | { ok: false; reason: 'unknown' | 'used' | 'expired' | 'deactivated' }
  > {
    if (!looksLikeToken(token)) return { ok: false, reason: 'unknown' };
    const passwordHash = await hashPassword(input.password, this.config.passwordScryptN);
    return this.knex.transaction(async (trx) => {
      const state = await this.linkState(trx, await findTokenForUpdate(trx, tokenHash(token)));
      if (!state.ok) return state;
      const now = new Date();
      let user = state.user;
      const before = auditView(user);
      if (state.token.purpose === 'setup') {
        const email = (input.email ?? '').trim().toLowerCase();
        if (await findUserByEmail(trx, email))
          return { ok: false, problems: [{ field: 'email', code: 'emailTaken' }] };
        user = await insertUser(trx, { email, role: 'admin', providerId: null });
      }
      const updated = (await updateUser(trx, (user as UserRow).id, {
        password_hash: passwordHash,
        password_changed_at: now,
      })) as UserRow;
      await markTokenUsed(trx, state.token.id, now);
      await deleteSessionsOfUser(trx, updated.id);
      await recordAudit(trx, {
        actor: actorOf(updated),
        action: state.token.purpose === 'setup' ? 'setup.completed' : 'password.set',
        recordType: 'user',
        recordId: updated.id,
        before,
        after: auditView(updated),
        detail: { link: state.token.purpose },
        address,
      });
      return { ok: true, user: updated };
    });
  }

  /** Changes a user's role (and provider); an administrator cannot demote the last administrator. */
  async changeRole(
    userId: number,
    input: { role: Role; providerId: string | null },
    actor: { id: number; email: string },
    address?: string,
  ): Promise<Outcome<{ user: UserRow }> | undefined> {
    const providerId = input.role === 'supplier' ? input.providerId : null;
    if (input.role === 'supplier' && !providerId)
      return { ok: false, problems: [{ field: 'provider', code: 'providerRequired' }] };
    if (providerId && !(await providerExists(this.knex, providerId)))
      return { ok: false, problems: [{ field: 'provider', code: 'providerUnknown' }] };
    return this.knex.transaction(async (trx) => {
      const before = await findUserById(trx, userId);
      if (!before) return undefined;
      if (
        before.role === 'admin' &&
        input.role !== 'admin' &&
        !before.deactivated_at &&
        (await countActiveAdmins(trx)) <= 1
      )
        return { ok: false, problems: [{ field: 'role', code: 'lastAdmin' }] };
      const user = (await updateUser(trx, userId, { role: input.role, provider_id: providerId })) as UserRow;
      await recordAudit(trx, {
        actor: actorOf(actor),
        action: 'user.role_changed',
        recordType: 'user',
        recordId: userId,
        before: auditView(before),
        after: auditView(user),
        detail: {
          from: { role: before.role, providerId: before.provider_id },
          to: { role: user.role, providerId },
        },
        address,
      });
      return { ok: true, user };
    });
  }

  /**
   * Deactivates (or reactivates) a user. Deactivation deletes every session of the user in the same
   * transaction, so they are signed out at once, and spends their open links.
   */
  async setActive(
    userId: number,
    active: boolean,
    actor: { id: number; email: string },
    address?: string,
  ): Promise<Outcome<{ user: UserRow }> | undefined> {
    return this.knex.transaction(async (trx) => {
      const before = await findUserById(trx, userId);
      if (!before) return undefined;
      if (!active && before.id === actor.id)
        return { ok: false, problems: [{ field: 'user', code: 'selfDeactivation' }] };
      const now = new Date();
      const user = (await updateUser(trx, userId, { deactivated_at: active ? null : now })) as UserRow;
      if (!active) {
        await deleteSessionsOfUser(trx, userId);
        await expireOpenTokens(trx, { userId, purposes: ['invitation', 'reset'] }, now);
      }
      await recordAudit(trx, {
        actor: actorOf(actor),
        action: active ? 'user.activated' : 'user.deactivated',
        recordType: 'user',
        recordId: userId,
        before: auditView(before),
        after: auditView(user),
        address,
      });
      return { ok: true, user };
    });
  }

  /**
   * First run: while there is no active administrator, makes a one-time set-up link (replacing any
   * earlier one) and returns it for the log; undefined once an administrator exists.
   */
  async setupLinkIfNoAdmin(): Promise<string | undefined> {
    const token = newToken();
    const made = await this.knex.transaction(async (trx) => {
      if ((await countActiveAdmins(trx)) > 0) return false;
      const now = new Date();
      await expireOpenTokens(trx, { userId: null, purposes: ['setup'] }, now);
      await insertToken(trx, {
        purpose: 'setup',
        userId: null,
        tokenHash: tokenHash(token),
        expiresAt: new Date(now.getTime() + this.config.resetTtlHours * HOUR_MS),
        createdBy: null,
      });
      await recordAudit(trx, { actor: null, action: 'setup.link_issued', recordType: 'user' });
      return true;
    });
    if (!made) return undefined;
    this.logger.debug('first-run set-up link made');
    return this.link('setup', token);
  }
}
