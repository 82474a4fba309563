import fs from 'node:fs';
import { loadConfig } from '../src/config';
import { backupDatabase } from '../src/db/backup/backup-database';
import { withCliDatabase } from './cli-database';

const USAGE = 'Usage: npm run db:backup -- FILE [--url http://localhost:3000]';

/**
 * npm run db:backup -- FILE [--url http://localhost:3000]
 * Backs up the database the app uses (DATABASE_URL, else the embedded one in PGLITE_DIR) to FILE:
 * the embedded data folder as a gzipped tarball, a server's tables as a logical backup. While the
 * app holds the embedded folder, --url asks the running app for the backup (GET /api/admin/backup
 * with ADMIN_TOKEN); a server can be backed up while the app runs.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const urlAt = args.indexOf('--url');
  const url = urlAt >= 0 ? args[urlAt + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith('--') && (urlAt < 0 || i !== urlAt + 1));
  if (!file || (urlAt >= 0 && !url)) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  if (url) {
    process.exitCode = await backupOverHttp(file, url);
    return;
  }
  await withCliDatabase(
    async (db) => {
      await backupDatabase(db, file);
      console.log(`Backed up the ${db.kind === 'pglite' ? 'embedded' : 'server'} database to ${file}.`);
      return 0;
    },
    {
      migrate: false,
      lockedHint:
        'To back up the running app, use: npm run db:backup -- FILE --url http://localhost:3000 (with ADMIN_TOKEN).',
    },
  );
}

/** Fetches a backup from a running app into FILE (via FILE.partial, renamed when complete). */
async function backupOverHttp(file: string, url: string): Promise<number> {
  const token = loadConfig().adminToken;
  if (!token) {
    console.error("Set ADMIN_TOKEN (the same as the running app's) to back up over HTTP.");
    return 2;
  }
  const res = await fetch(new URL('/api/admin/backup', url), {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: { message: string } };
    console.error(`${url}: ${res.status} ${body.error?.message ?? res.statusText}; no backup written.`);
    return 1;
  }
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, Buffer.from(await res.arrayBuffer()));
  fs.renameSync(partial, file);
  console.log(`Backed up the database of ${url} to ${file}.`);
  return 0;
}

void main();
