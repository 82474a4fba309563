import type { Knex } from 'knex';
import type { Role, TokenPurpose, UserRow, UserTokenRow } from '../../db/account-tables';

/** Account rows; every function takes the knex (or the transaction) to run in. */
export function findUserById(db: Knex, id: number): Promise<UserRow | undefined> {
  return db('users').where({ id }).first();
}

export function findUserByEmail(db: Knex, email: string): Promise<UserRow | undefined> {
  return db('users').where({ email: email.toLowerCase() }).first();
}

/** Every user, administrators first, then by e-mail address. */
export function listUsers(db: Knex): Promise<UserRow[]> {
  return db('users')
    .orderByRaw(`case role when 'admin' then 0 when 'curator' then 1 else 2 end`)
    .orderBy('email');
}

export async function insertUser(
  db: Knex,
  user: { email: string; role: Role; providerId: string | null; name?: string | null },
): Promise<UserRow> {
  const [row] = await db('users')
    .insert({
      email: user.email.toLowerCase(),
      role: user.role,
      provider_id: user.providerId,
      name: user.name ?? null,
    })
    .returning('*');
  return row as UserRow;
}

export async function updateUser(
  db: Knex,
  id: number,
  changes: Partial<Omit<UserRow, 'id' | 'created_at'>>,
): Promise<UserRow | undefined> {
  const [row] = await db('users').where({ id }).update(changes).returning('*');
  return row as UserRow | undefined;
}

/**
 * The e-mail addresses of the active users among these: every supplier of `providerId` (when
 * given) and the users with the ids listed. Deactivated users get nothing.
 */
export async function activeUserEmails(
  db: Knex,
  who: { supplierOf?: string; ids?: number[] },
): Promise<string[]> {
  const rows: { email: string }[] = await db('users')
    .select('email')
    .whereNull('deactivated_at')
    .andWhere((q) => {
      if (who.supplierOf) void q.orWhere({ role: 'supplier', provider_id: who.supplierOf });
      if (who.ids?.length) void q.orWhereIn('id', who.ids);
      if (!who.supplierOf && !who.ids?.length) void q.whereRaw('false');
    })
    .orderBy('email');
  return rows.map((r) => r.email);
}

/** Active administrators (deactivated ones do not count). */
export async function countActiveAdmins(db: Knex): Promise<number> {
  const row = await db('users')
    .where({ role: 'admin' })
    .whereNull('deactivated_at')
    .count({ n: '*' })
    .first();
  return Number(row?.n ?? 0);
}

export async function insertToken(
  db: Knex,
  token: {
    purpose: TokenPurpose;
    userId: number | null;
    tokenHash: string;
    expiresAt: Date;
    createdBy: number | null;
  },
): Promise<void> {
  await db('user_tokens').insert({
    purpose: token.purpose,
    user_id: token.userId,
    token_hash: token.tokenHash,
    expires_at: token.expiresAt,
    created_by: token.createdBy,
  });
}

/** The token row for a hash, locked for the transaction so that two uses cannot both succeed. */
export function findTokenForUpdate(db: Knex, hash: string): Promise<UserTokenRow | undefined> {
  return db('user_tokens').where({ token_hash: hash }).forUpdate().first();
}

export function findToken(db: Knex, hash: string): Promise<UserTokenRow | undefined> {
  return db('user_tokens').where({ token_hash: hash }).first();
}

export async function markTokenUsed(db: Knex, id: number, at: Date): Promise<void> {
  await db('user_tokens').where({ id }).update({ used_at: at });
}

/** Spends every open token of a user of these purposes (a new link replaces the old ones). */
export async function expireOpenTokens(
  db: Knex,
  where: { userId: number | null; purposes: TokenPurpose[] },
  at: Date,
): Promise<void> {
  const query = db('user_tokens').whereIn('purpose', where.purposes).whereNull('used_at');
  if (where.userId === null) query.whereNull('user_id');
  else query.where({ user_id: where.userId });
  await query.update({ used_at: at });
}

/** Whether the catalogue has this provider (a supplier must belong to one). */
export async function providerExists(db: Knex, id: string): Promise<boolean> {
  return (await db('providers').where({ id }).first('id')) !== undefined;
}
