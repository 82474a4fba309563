import type { Knex } from 'knex';

/**
 * Deletes of rows that have served their purpose (issue 18, retention). Each is one statement and
 * idempotent: two instances running them at once delete each row once, and a repeat deletes
 * nothing. The audit trail and the history are never touched (the trail's trigger would refuse).
 */

/** Sessions past their idle expiry (`expired` moves with every request, so only dead ones). */
export function deleteExpiredSessions(db: Knex, now: Date): Promise<number> {
  return db('sessions').where('expired', '<', now).del();
}

/** One-time links used, or expired unused, before `before` (a grace period after either). */
export function deleteSpentTokens(db: Knex, before: Date): Promise<number> {
  return db('user_tokens')
    .where((q) => q.where('used_at', '<', before).orWhere('expires_at', '<', before))
    .del();
}

/** Failed-login counters whose window ended (`expire` is in epoch milliseconds). */
export function deleteExpiredLoginCounts(db: Knex, now: Date): Promise<number> {
  return db('login_throttle').whereNotNull('expire').where('expire', '<', now.getTime()).del();
}

/**
 * Mail sent before `before`, and messages that waited in the app's outbox (no SMTP) since before
 * it: their links expired long ago. A message the SMTP server refused stays until an
 * administrator has seen it.
 */
export function deleteOldMail(db: Knex, before: Date): Promise<number> {
  return db('mail_outbox')
    .where((q) =>
      q
        .where('sent_at', '<', before)
        .orWhere((outbox) => outbox.where({ transport: 'outbox' }).where('created_at', '<', before)),
    )
    .del();
}

/** Tables whose rows are updated or deleted often: their dead row versions need a VACUUM. */
const CHURNING_TABLES = ['sessions', 'login_throttle', 'user_tokens', 'mail_outbox', 'drafts'];

/**
 * Makes the space of dead row versions reusable. A PostgreSQL server's autovacuum does this by
 * itself; the embedded PGlite runs PostgreSQL single-user, without autovacuum, so every session
 * touch (one update a request) would otherwise grow the data folder for good.
 */
export async function vacuumChurningTables(db: Knex): Promise<void> {
  await db.raw(`vacuum (analyze) ${CHURNING_TABLES.map((t) => `"${t}"`).join(', ')}`);
}
