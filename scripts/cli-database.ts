import { loadConfig } from '../src/config';
import { createDatabase, type Database } from '../src/db/database';
import { migrate } from '../src/db/migrate';
import { DatabaseLockedError } from '../src/db/pglite-lock';
import { createLogger } from '../src/logger';

/**
 * Opens and (unless told not to) migrates the database exactly as the app does (DATABASE_URL, else PGlite in
 * PGLITE_DIR, or in memory with PGLITE_MEMORY), runs `task`, and always closes it again.
 * Prints failures without a stack trace and sets exit code 1.
 */
export async function withCliDatabase(
  task: (db: Database) => Promise<number>,
  options: { migrate: boolean; lockedHint?: string } = { migrate: true },
): Promise<void> {
  let db: Database | undefined;
  try {
    const config = loadConfig();
    const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
    db = await createDatabase({
      url: config.databaseUrl,
      pgliteDir: config.pgliteDir,
      memory: config.pgliteMemory,
      logger,
    });
    if (options.migrate) await migrate(db.knex);
    process.exitCode = await task(db);
  } catch (err) {
    // The embedded folder is held by a running app: say how to reach the app instead.
    if (err instanceof DatabaseLockedError && options.lockedHint)
      console.error(
        `The embedded database in ${err.dataDir} is in use by process ${err.holderPid}. ${options.lockedHint}`,
      );
    else console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  } finally {
    await db?.close();
  }
}
