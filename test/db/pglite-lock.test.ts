import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase } from '../../src/db/database';
import { DatabaseLockedError, LOCK_FILE_NAME } from '../../src/db/pglite-lock';
import { ensurePgliteTemplate } from '../support/db/pglite-template';

/** The PGlite data-folder lock is about the embedded database, so it runs whatever DATABASE_URL says. */
describe('PGlite data folder lock', () => {
  let dir: string;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudmarkt-lock-'));
    fs.cpSync(await ensurePgliteTemplate(), dir, { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a second opener with the folder and the holder pid, and frees the folder on close', async () => {
    const first = await createDatabase({ pgliteDir: dir });
    try {
      expect(fs.readFileSync(path.join(dir, LOCK_FILE_NAME), 'utf8')).toBe(String(process.pid));
      const second = createDatabase({ pgliteDir: dir });
      await expect(second).rejects.toBeInstanceOf(DatabaseLockedError);
      await expect(second).rejects.toThrow(`${dir} is in use by process ${process.pid}`);
      await first.ping();
    } finally {
      await first.close();
    }
    expect(fs.existsSync(path.join(dir, LOCK_FILE_NAME))).toBe(false);
    const again = await createDatabase({ pgliteDir: dir });
    await again.ping();
    await again.close();
  });

  it('takes over the lock of a process that died', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    fs.writeFileSync(path.join(dir, LOCK_FILE_NAME), String(dead));
    const db = await createDatabase({ pgliteDir: dir });
    try {
      expect(fs.readFileSync(path.join(dir, LOCK_FILE_NAME), 'utf8')).toBe(String(process.pid));
      await db.ping();
    } finally {
      await db.close();
    }
  });
});
