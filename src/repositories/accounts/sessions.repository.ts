import type { Knex } from 'knex';

/** Ends every session of a user at once (deactivation, password reset). */
export async function deleteSessionsOfUser(db: Knex, userId: number): Promise<void> {
  await db.raw(`delete from sessions where (sess ->> 'userId') = ?`, [String(userId)]);
}

/** How many unexpired sessions a user has (shown to administrators, used by tests). */
export async function countSessionsOfUser(db: Knex, userId: number): Promise<number> {
  const result = await db.raw<{ rows: { n: number | string }[] }>(
    `select count(*) as n from sessions where (sess ->> 'userId') = ? and expired > now()`,
    [String(userId)],
  );
  return Number(result.rows[0]?.n ?? 0);
}
