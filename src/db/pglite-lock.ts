import fs from 'node:fs';
import path from 'node:path';

export const LOCK_FILE_NAME = 'cloudmarkt.lock';

/** Thrown when another live process holds the embedded database's data folder. */
export class DatabaseLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${holderPid}. ` +
        'PGlite allows one process per data folder (a second one would silently lose writes): ' +
        'stop that process, or set PGLITE_DIR to another folder or DATABASE_URL to a PostgreSQL server. ' +
        'To import into a running app, use: npm run catalogue:import -- FILE --url http://localhost:3000 (with ADMIN_TOKEN).',
    );
    this.name = 'DatabaseLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lockPath: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockPath, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock file of a PGlite data folder for this process. A lock left by a dead process is
 * taken over; a lock held by a live process (including this one: two PGlite instances on one folder
 * corrupt each other too) throws DatabaseLockedError. Returns the release function.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, LOCK_FILE_NAME);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (createWithPid(lockPath)) return () => releaseLock(lockPath);
    const holder = readHolder(lockPath);
    if (holder !== undefined && isAlive(holder)) throw new DatabaseLockedError(dataDir, holder);
    // Stale (dead holder or unreadable): remove and try again; another process may win the race.
    fs.rmSync(lockPath, { force: true });
  }
  throw new DatabaseLockedError(dataDir, readHolder(lockPath) ?? -1);
}

/**
 * Creates the lock file holding this process id, atomically: the id is written to a file of this
 * process's own and then hard-linked to the lock's name, which fails when the lock exists. (Opening
 * the lock with O_EXCL and then writing left a moment in which another process read it empty, took it
 * for stale, removed it and took the folder too.) False when the lock exists.
 */
function createWithPid(lockPath: string): boolean {
  const own = `${lockPath}.${process.pid}`;
  fs.writeFileSync(own, String(process.pid));
  try {
    fs.linkSync(own, lockPath);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return false;
  } finally {
    fs.rmSync(own, { force: true });
  }
}

function releaseLock(lockPath: string): void {
  if (readHolder(lockPath) === process.pid) fs.rmSync(lockPath, { force: true });
}
