import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { acquireDataDirLock, LOCK_FILE_NAME } from '../pglite-lock';

/** A PGlite backup is its data folder as a gzipped tarball (PGlite's own dumpDataDir). */
export function isPgliteBackup(head: Buffer): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * The data folder of an open embedded database as a gzipped tarball. PGlite runs it between two
 * queries, so it is a consistent image (an open transaction is simply not in it) and the app goes
 * on serving.
 */
export async function dumpPglite(pglite: PGlite): Promise<Buffer> {
  const blob = await pglite.dumpDataDir('gzip');
  return Buffer.from(await blob.arrayBuffer());
}

/** True when the folder holds nothing but (possibly) our lock file. */
export function isDataDirEmpty(dataDir: string): boolean {
  if (!fs.existsSync(dataDir)) return true;
  return fs.readdirSync(dataDir).every((name) => name === LOCK_FILE_NAME);
}

/**
 * Restores a PGlite tarball into `dataDir`. An existing database there is refused unless `force`;
 * with `force` it is moved aside to `<dataDir>.replaced-<time>` (not deleted), and put back if the
 * restore fails. The folder's lock is held throughout, so a running app blocks the restore.
 */
export async function restorePglite(
  dataDir: string,
  tarball: Buffer,
  options: { force: boolean },
): Promise<{ replacedTo?: string }> {
  const release = acquireDataDirLock(dataDir);
  let replacedTo: string | undefined;
  try {
    if (!isDataDirEmpty(dataDir)) {
      if (!options.force)
        throw new Error(`${dataDir} already holds a database; give --force to replace it (it is kept aside)`);
      replacedTo = `${dataDir}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      fs.mkdirSync(replacedTo);
      for (const name of fs.readdirSync(dataDir))
        if (name !== LOCK_FILE_NAME) fs.renameSync(path.join(dataDir, name), path.join(replacedTo, name));
    }
    try {
      const pglite = await PGlite.create(dataDir, { loadDataDir: new Blob([tarball]) });
      await pglite.query('select 1');
      await pglite.close();
      // A backup taken through the running app holds that app's lock file: the lock is ours.
      fs.writeFileSync(path.join(dataDir, LOCK_FILE_NAME), String(process.pid));
    } catch (err) {
      for (const name of fs.readdirSync(dataDir))
        if (name !== LOCK_FILE_NAME) fs.rmSync(path.join(dataDir, name), { recursive: true, force: true });
      if (replacedTo) {
        for (const name of fs.readdirSync(replacedTo))
          fs.renameSync(path.join(replacedTo, name), path.join(dataDir, name));
        fs.rmdirSync(replacedTo);
        replacedTo = undefined;
      }
      throw err;
    }
  } finally {
    release();
  }
  return { replacedTo };
}
