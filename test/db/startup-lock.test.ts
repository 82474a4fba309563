import type { Database } from '../../src/db/database';
import { STARTUP_LOCK_CLASS, withStartupLock } from '../../src/db/startup-lock';
import { captureLogger } from '../faults/support/capture-logger';
import { waitFor } from '../faults/support/wait-for';
import { createTestDatabase } from '../support/db/test-database';

/** Advisory locks of this schema's start-up lock (other test files on the server take their own). */
const startupLocks = async (db: Database, where = 'true'): Promise<number> => {
  const result = (await db.knex.raw(
    `select count(*)::int as n from pg_locks where locktype = 'advisory' and classid = ${STARTUP_LOCK_CLASS}
       and objid::bigint = (hashtext(coalesce(current_schema(), ''))::bigint & 4294967295) and ${where}`,
  )) as { rows: { n: number }[] };
  return result.rows[0].n;
};

/** The lock that start-up (migrate, seed) runs under; on the test database of this run (PGlite or a server). */
describe('withStartupLock', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.close());

  it('runs the work, returns its result and releases the lock, also when the work fails', async () => {
    const { logger } = captureLogger();
    expect(await withStartupLock(db, logger, async () => 42)).toBe(42);
    await expect(
      withStartupLock(db, logger, () => Promise.reject(new Error('migration failed'))),
    ).rejects.toThrow('migration failed');
    // Taken and released on the same session: none is left behind on any connection.
    expect(await startupLocks(db)).toBe(0);
  });

  it('holds an advisory lock while the work runs', async () => {
    const { logger } = captureLogger();
    expect(await withStartupLock(db, logger, () => startupLocks(db, 'granted'))).toBe(1);
    expect(await startupLocks(db)).toBe(0);
  });

  // Two connections to one schema exist only on a server (PGlite has one session, one process).
  (process.env.DATABASE_URL ? it : it.skip)(
    'makes a second instance wait until the first has finished (PostgreSQL server)',
    async () => {
      const first = captureLogger();
      const second = captureLogger();
      const events: string[] = [];
      let finishFirst!: () => void;
      const firstStarted = new Promise<void>((resolve) => {
        void withStartupLock(db, first.logger, async () => {
          events.push('first start');
          resolve();
          await new Promise<void>((done) => (finishFirst = done));
          events.push('first end');
        });
      });
      await firstStarted;
      const secondRun = withStartupLock(db, second.logger, async () => {
        events.push('second start');
      });
      // The second (on another connection of the pool) waits in PostgreSQL for the lock, says so, and
      // does not start while the first holds it.
      await waitFor('the second to wait for the lock', async () => {
        return (await startupLocks(db, 'not granted')) === 1;
      });
      expect(second.messages()).toContain(
        'another instance is migrating or seeding the database: waiting for it to finish',
      );
      expect(events).toEqual(['first start']);
      finishFirst();
      await secondRun;
      expect(events).toEqual(['first start', 'first end', 'second start']);
      expect(first.messages()).toEqual([]);
    },
  );
});
