import fs from 'node:fs';
import { loadConfig } from '../src/config';
import { isDatabaseEmpty, readLogicalBackup, restoreLogicalBackup } from '../src/db/backup/logical-backup';
import { isPgliteBackup, restorePglite } from '../src/db/backup/pglite-backup';
import { withCliDatabase } from './cli-database';

const USAGE = 'Usage: npm run db:restore -- FILE [--force]';

/**
 * npm run db:restore -- FILE [--force]
 * Restores a backup made by db:backup into the database the app uses. Stop the app first. A
 * database that already holds data is refused unless --force (the embedded folder is then kept
 * aside, a server's tables are replaced in the same transaction as the restore).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--force');
  const files = args.filter((a) => !a.startsWith('--'));
  const file = files[0];
  if (!file || files.length > 1 || unknown.length > 0) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  let head: Buffer;
  try {
    head = fs.readFileSync(file).subarray(0, 2);
  } catch (err) {
    console.error(`${file}: cannot read: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
    return;
  }
  if (isPgliteBackup(head)) {
    process.exitCode = await restoreEmbedded(file, force);
    return;
  }
  await withCliDatabase(
    async (db) => {
      const backup = await readLogicalBackup(file);
      if (!force && !(await isDatabaseEmpty(db.knex))) {
        console.error('The database already holds data; nothing restored. Give --force to replace it.');
        return 1;
      }
      const { tables, rows } = await restoreLogicalBackup(db.knex, backup);
      console.log(
        `Restored ${file}: ${tables} tables, ${rows} rows. Start the app to apply newer migrations.`,
      );
      return 0;
    },
    { migrate: false },
  );
}

async function restoreEmbedded(file: string, force: boolean): Promise<number> {
  const config = loadConfig();
  if (config.databaseUrl) {
    console.error(
      `${file} is a backup of an embedded database; restore it into PGLITE_DIR (without DATABASE_URL).`,
    );
    return 1;
  }
  try {
    const { replacedTo } = await restorePglite(config.pgliteDir, fs.readFileSync(file), { force });
    if (replacedTo) console.log(`The database that was in ${config.pgliteDir} is kept in ${replacedTo}.`);
    console.log(`Restored ${file} into ${config.pgliteDir}. Start the app to apply newer migrations.`);
    return 0;
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}; nothing restored.`);
    return 1;
  }
}

void main();
