import type { Logger } from '../logger';
import type { Database } from './database';

/**
 * The advisory lock that start-up work (migrations, first seeding) runs under: the first number
 * says "Cloudmarkt start-up" (the ASCII of 'CMKT'), the second is the schema's name hashed, so that
 * instances of different schemas on one server never wait for each other.
 */
export const STARTUP_LOCK_CLASS = 0x434d4b54;
const LOCK_ARGS = `${STARTUP_LOCK_CLASS}, hashtext(coalesce(current_schema(), ''))`;

type Row = Record<string, unknown>;

/** A connection that answers SQL: `pg`'s raw client, or knex on PGlite's single session. */
interface RawConnection {
  query(sql: string): Promise<{ rows: Row[] }>;
}

/**
 * Runs `work` (migrate, then seed) while holding a session-level PostgreSQL advisory lock, so that
 * any number of instances started at once do it one after the other: the first migrates and seeds,
 * the others wait, then find nothing left to do. The lock is held on one connection set aside for
 * it (the work's own queries use the pool) and is released when the work ends or fails; if the
 * process dies, PostgreSQL drops the lock with its connection.
 *
 * On the embedded database the same lock is taken on its one session. It cannot exclude another
 * process there (only one process can open the data folder at all: see pglite-lock.ts); it keeps
 * start-up one code path on both databases.
 */
export async function withStartupLock<T>(db: Database, logger: Logger, work: () => Promise<T>): Promise<T> {
  if (db.kind === 'pglite') {
    // One connection, which the work needs too: take the lock on it through knex, between queries.
    const session: RawConnection = { query: async (sql) => (await db.knex.raw(sql)) as { rows: Row[] } };
    return underLock(session, logger, work);
  }
  const client = db.knex.client as {
    acquireConnection(): Promise<RawConnection>;
    releaseConnection(connection: RawConnection): Promise<void>;
  };
  const connection = await client.acquireConnection();
  try {
    return await underLock(connection, logger, work);
  } finally {
    await client.releaseConnection(connection);
  }
}

async function underLock<T>(connection: RawConnection, logger: Logger, work: () => Promise<T>): Promise<T> {
  const tried = await connection.query(`select pg_try_advisory_lock(${LOCK_ARGS}) as locked`);
  if (tried.rows[0]?.locked !== true) {
    logger.info('another instance is migrating or seeding the database: waiting for it to finish');
    await connection.query(`select pg_advisory_lock(${LOCK_ARGS})`);
  }
  try {
    return await work();
  } finally {
    await connection.query(`select pg_advisory_unlock(${LOCK_ARGS})`);
  }
}
