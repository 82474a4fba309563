import fs from 'node:fs';
import type { Database } from '../database';
import { writeLogicalBackup } from './logical-backup';
import { dumpPglite } from './pglite-backup';

/**
 * Writes a backup of the open database to `file`: the embedded database's data folder as a gzipped
 * tarball, a server's tables as a logical backup (JSON lines). Written to `file.partial` first and
 * renamed, so a backup that was cut short never looks complete.
 */
export async function backupDatabase(db: Database, file: string): Promise<void> {
  const partial = `${file}.partial`;
  try {
    if (db.pglite) fs.writeFileSync(partial, await dumpPglite(db.pglite));
    else await writeLogicalBackup(db.knex, partial);
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
}
