import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase } from '../../../src/db/database';
import { migrate } from '../../../src/db/migrate';
import { MIGRATIONS } from '../../../src/db/migration-source';

/**
 * A migrated PGlite data folder that test files clone instead of running initdb and the
 * migrations each time (~1 s instead of ~5 s per file). Its name hashes the migrations' code,
 * so changing a migration builds a new one; it is kept between runs in the temp folder.
 */
export function templateDir(): string {
  const hash = createHash('sha256');
  for (const [name, migration] of MIGRATIONS)
    hash.update(`${name}\n${migration.up.toString()}\n${migration.down.toString()}\n`);
  return path.join(os.tmpdir(), `cloudmarkt-pglite-template-${hash.digest('hex').slice(0, 16)}`);
}

/** Builds the template if it is missing; safe when several test runs race (atomic rename). */
export async function ensurePgliteTemplate(): Promise<string> {
  const dir = templateDir();
  if (fs.existsSync(dir)) return dir;
  const building = `${dir}.building-${process.pid}`;
  fs.rmSync(building, { recursive: true, force: true });
  const db = await createDatabase({ pgliteDir: building });
  try {
    await migrate(db.knex);
  } finally {
    await db.close();
  }
  try {
    fs.renameSync(building, dir);
  } catch {
    // Another run finished first; its template is as good as ours.
    fs.rmSync(building, { recursive: true, force: true });
  }
  return dir;
}
