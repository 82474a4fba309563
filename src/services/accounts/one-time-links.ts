import type { Knex } from 'knex';
import type { UserRow, UserTokenRow } from '../../db/account-tables';
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
  updateUser,
} from '../../repositories/accounts/users.repository';
import { deleteSessionsOfUser } from '../../repositories/accounts/sessions.repository';
import { recordAudit } from '../audit/record-audit';
import { accountMail } from './account-mail';
import {
  HOUR_MS,
  auditActor,
  auditView,
  linkUrl,
  type AccountsContext,
  type LinkState,
  type Outcome,
} from './account-context';
import { hashPassword } from './password';
import { looksLikeToken, newToken, tokenHash } from './tokens';

/**
 * Issues a one-time password-reset link for a user (an administrator's action); older links stop
 * working. A user who never set a password gets a new invitation instead.
 */
export async function issueReset(
  ctx: AccountsContext,
  userId: number,
  actor: { id: number; email: string },
  address?: string,
): Promise<{ link: string; delivery: 'smtp' | 'outbox' } | undefined> {
  const token = newToken();
  const user = await ctx.knex.transaction(async (trx) => {
    const found = await findUserById(trx, userId);
    if (!found) return undefined;
    const now = new Date();
    // Any earlier link of the user stops working, an unused invitation too (its replacement is sent).
    await expireOpenTokens(trx, { userId, purposes: ['reset', 'invitation'] }, now);
    await insertToken(trx, {
      purpose: found.password_hash ? 'reset' : 'invitation',
      userId,
      tokenHash: tokenHash(token),
      expiresAt: new Date(now.getTime() + ctx.config.resetTtlHours * HOUR_MS),
      createdBy: actor.id,
    });
    await recordAudit(trx, {
      actor: auditActor(actor),
      action: 'password.reset_issued',
      recordType: 'user',
      recordId: userId,
      address,
    });
    return found;
  });
  if (!user) return undefined;
  const purpose = user.password_hash ? 'reset' : 'invitation';
  const link = linkUrl(ctx.config, purpose, token);
  const delivery = await ctx.mailer.send(accountMail(purpose, user.email, link, ctx.config.resetTtlHours));
  return { link, delivery };
}

async function linkState(db: Knex, row: UserTokenRow | undefined): Promise<LinkState> {
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.used_at) return { ok: false, reason: 'used' };
  if (new Date(row.expires_at).getTime() <= Date.now()) return { ok: false, reason: 'expired' };
  // The first-run link makes an administrator only while there is none (one may have been invited).
  if (row.purpose === 'setup' && (await countActiveAdmins(db)) > 0) return { ok: false, reason: 'used' };
  const user = row.user_id === null ? undefined : await findUserById(db, row.user_id);
  if (row.user_id !== null && (!user || user.deactivated_at)) return { ok: false, reason: 'deactivated' };
  return { ok: true, token: row, user };
}

/** What a link is for, or why it cannot be used (unknown, already used, expired, account deactivated). */
export async function checkLink(ctx: AccountsContext, token: unknown): Promise<LinkState> {
  if (!looksLikeToken(token)) return { ok: false, reason: 'unknown' };
  return linkState(ctx.knex, await findToken(ctx.knex, tokenHash(token)));
}

/**
 * Spends a link: sets the password of the invited (or reset) user, or creates the first
 * administrator with the set-up link. The link is locked and marked used in the same transaction,
 * so it works exactly once. Ends the user's other sessions.
 */
export async function redeemLink(
  ctx: AccountsContext,
  token: string,
  input: { password: string; email?: string },
  address?: string,
): Promise<
  Outcome<{ user: UserRow }> | { ok: false; reason: 'unknown' | 'used' | 'expired' | 'deactivated' }
> {
  if (!looksLikeToken(token)) return { ok: false, reason: 'unknown' };
  const passwordHash = await hashPassword(input.password, ctx.config.passwordScryptN);
  return ctx.knex.transaction(async (trx) => {
    const state = await linkState(trx, await findTokenForUpdate(trx, tokenHash(token)));
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
    // The link signs the user in (the controller starts the session), so it counts as a login.
    const updated = (await updateUser(trx, (user as UserRow).id, {
      password_hash: passwordHash,
      password_changed_at: now,
      last_login_at: now,
    })) as UserRow;
    await markTokenUsed(trx, state.token.id, now);
    await deleteSessionsOfUser(trx, updated.id);
    await recordAudit(trx, {
      actor: auditActor(updated),
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

/**
 * First run: while there is no active administrator, makes a one-time set-up link (replacing any
 * earlier one) and returns it for the log; undefined once an administrator exists.
 */
export async function setupLinkIfNoAdmin(ctx: AccountsContext): Promise<string | undefined> {
  const token = newToken();
  const made = await ctx.knex.transaction(async (trx) => {
    if ((await countActiveAdmins(trx)) > 0) return false;
    const now = new Date();
    await expireOpenTokens(trx, { userId: null, purposes: ['setup'] }, now);
    await insertToken(trx, {
      purpose: 'setup',
      userId: null,
      tokenHash: tokenHash(token),
      expiresAt: new Date(now.getTime() + ctx.config.resetTtlHours * HOUR_MS),
      createdBy: null,
    });
    await recordAudit(trx, { actor: null, action: 'setup.link_issued', recordType: 'user' });
    return true;
  });
  if (!made) return undefined;
  ctx.logger.debug('first-run set-up link made');
  return linkUrl(ctx.config, 'setup', token);
}
