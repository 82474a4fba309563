import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RequestHandler } from 'express';
import type { AppDeps } from '../../app-deps';
import { requireAdminToken } from './admin-token';

/**
 * GET /api/admin/backup: a backup of the running app's database (what `npm run db:backup` writes).
 * The embedded database can be opened by one process only, so this is how it is backed up without
 * stopping the app.
 */
export function backupController(deps: Pick<AppDeps, 'config' | 'backupDatabase'>): RequestHandler {
  return async (req, res) => {
    if (!requireAdminToken(req, res, deps.config.adminToken as string)) return;
    const backup = deps.backupDatabase;
    if (!backup) {
      res
        .status(404)
        .json({ error: { code: 'not_found', message: 'this app has no database to back up', details: [] } });
      return;
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudmarkt-backup-'));
    const file = path.join(dir, 'backup');
    try {
      await backup(file);
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      // It holds password hashes and live sessions: no browser or proxy may keep a copy.
      res.set('Cache-Control', 'no-store');
      res.attachment(`cloudmarkt-${stamp}.backup`).type('application/octet-stream');
      await new Promise<void>((resolve, reject) => {
        res.sendFile(file, (err) => (err ? reject(err) : resolve()));
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}
