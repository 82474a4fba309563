import type { Role, UserRow } from '../../db/account-tables';
import {
  countActiveAdmins,
  expireOpenTokens,
  findUserByEmail,
  findUserById,
  insertToken,
  insertUser,
  providerExists,
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
  type FieldProblem,
  type Outcome,
} from './account-context';
import { newToken, tokenHash } from './tokens';

type Admin = { id: number; email: string };

/** A supplier needs a provider of the catalogue; other roles have none. */
async function providerProblems(
  ctx: AccountsContext,
  role: Role,
  providerId: string | null,
): Promise<FieldProblem[]> {
  if (role === 'supplier' && !providerId) return [{ field: 'provider', code: 'providerRequired' }];
  if (providerId && !(await providerExists(ctx.knex, providerId)))
    return [{ field: 'provider', code: 'providerUnknown' }];
  return [];
}

/**
 * Invites a new user: creates the account without a password and sends a one-time link (by
 * e-mail, or into the outbox). `actor` is null for the command-line invitation.
 */
export async function invite(
  ctx: AccountsContext,
  input: { email: string; role: Role; providerId: string | null; name?: string | null },
  actor: Admin | null,
  address?: string,
): Promise<Outcome<{ user: UserRow; link: string; delivery: 'smtp' | 'outbox' }>> {
  const email = input.email.trim().toLowerCase();
  const providerId = input.role === 'supplier' ? input.providerId : null;
  const problems = await providerProblems(ctx, input.role, providerId);
  if (await findUserByEmail(ctx.knex, email)) problems.push({ field: 'email', code: 'emailTaken' });
  if (problems.length) return { ok: false, problems };

  const token = newToken();
  const user = await ctx.knex.transaction(async (trx) => {
    const created = await insertUser(trx, { email, role: input.role, providerId, name: input.name ?? null });
    await insertToken(trx, {
      purpose: 'invitation',
      userId: created.id,
      tokenHash: tokenHash(token),
      expiresAt: new Date(Date.now() + ctx.config.invitationTtlHours * HOUR_MS),
      createdBy: actor?.id ?? null,
    });
    await recordAudit(trx, {
      actor: auditActor(actor),
      action: 'user.invited',
      recordType: 'user',
      recordId: created.id,
      after: auditView(created),
      detail: { email, role: created.role, providerId, via: actor ? 'app' : 'cli' },
      address,
    });
    return created;
  });
  const link = linkUrl(ctx.config, 'invitation', token);
  const delivery = await ctx.mailer.send(
    accountMail('invitation', email, link, ctx.config.invitationTtlHours),
  );
  return { ok: true, user, link, delivery };
}

/** Changes a user's role (and provider); an administrator cannot demote the last administrator. */
export async function changeRole(
  ctx: AccountsContext,
  userId: number,
  input: { role: Role; providerId: string | null },
  actor: Admin,
  address?: string,
): Promise<Outcome<{ user: UserRow }> | undefined> {
  const providerId = input.role === 'supplier' ? input.providerId : null;
  const problems = await providerProblems(ctx, input.role, providerId);
  if (problems.length) return { ok: false, problems };
  return ctx.knex.transaction(async (trx) => {
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
      actor: auditActor(actor),
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
export async function setActive(
  ctx: AccountsContext,
  userId: number,
  active: boolean,
  actor: Admin,
  address?: string,
): Promise<Outcome<{ user: UserRow }> | undefined> {
  return ctx.knex.transaction(async (trx) => {
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
      actor: auditActor(actor),
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
