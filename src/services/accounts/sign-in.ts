import type { UserRow } from '../../db/account-tables';
import { findUserByEmail, updateUser } from '../../repositories/accounts/users.repository';
import { recordAudit } from '../audit/record-audit';
import { auditActor, type AccountsContext } from './account-context';
import { hashPassword, needsRehash, verifyAgainstNothing, verifyPassword } from './password';

/**
 * Checks an e-mail address and password. Unknown addresses, accounts without a password and
 * deactivated accounts fail exactly like a wrong password (same message, same work). Failures
 * count against the account and the address; a success rehashes a password made with an older cost.
 */
export async function authenticate(
  ctx: AccountsContext,
  email: string,
  password: string,
  address: string,
): Promise<{ ok: true; user: UserRow } | { ok: false; retryAfterMs: number }> {
  const { knex, config, throttle } = ctx;
  const retryAfterMs = await throttle.retryAfterMs(email, address);
  if (retryAfterMs > 0) return { ok: false, retryAfterMs };
  const user = await findUserByEmail(knex, email.trim());
  const valid =
    user?.password_hash && !user.deactivated_at
      ? await verifyPassword(password, user.password_hash)
      : await verifyAgainstNothing(password, config.passwordScryptN);
  if (!user || !valid) {
    await throttle.failed(email, address);
    await recordAudit(knex, {
      actor: null,
      action: 'login.failed',
      recordType: 'user',
      recordId: user?.id,
      detail: { email: email.trim().toLowerCase().slice(0, 320) },
      address,
    });
    return { ok: false, retryAfterMs: 0 };
  }
  await throttle.succeeded(email);
  const rehash = needsRehash(user.password_hash as string, config.passwordScryptN)
    ? await hashPassword(password, config.passwordScryptN)
    : undefined;
  await knex.transaction(async (trx) => {
    await updateUser(trx, user.id, {
      last_login_at: new Date(),
      ...(rehash ? { password_hash: rehash } : {}),
    });
    await recordAudit(trx, {
      actor: auditActor(user),
      action: 'login',
      recordType: 'user',
      recordId: user.id,
      address,
    });
  });
  return { ok: true, user };
}
