import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createApp } from '../../src/app';
import { followCatalogue, type CatalogueFollowers } from '../../src/app-deps';
import { loadConfig } from '../../src/config';
import { backupDatabase } from '../../src/db/backup/backup-database';
import type { Database } from '../../src/db/database';
import { createLogger } from '../../src/logger';
import { CatalogueStore, documentSource } from '../../src/services/catalogue/catalogue-store';
import { DatabaseHealth } from '../../src/services/health/database-health';
import { SearchService } from '../../src/services/search/search-service';
import { REFERENCE_CATALOGUE_FILE } from '../../seeds/seed-reference-catalogue';
import {
  createCommandDatabase,
  runCommand,
  runCommandAsync,
  type CommandDatabase,
} from '../support/commands/commands';
import { testDatabaseUrl } from '../support/db/test-database';
import { emptyTables, snapshotTables, type TableSnapshot } from '../support/db/table-snapshot';
import { referenceCatalogue } from '../support/test-app';

const TOKEN = 'test-admin-token-0123456789abcdef0123';

// Each command is a process of its own that opens the database: slow on a loaded machine.
jest.setTimeout(300_000);

async function snapshotOf(target: CommandDatabase): Promise<TableSnapshot> {
  const db = await target.open();
  try {
    return await snapshotTables(db.knex);
  } finally {
    await db.close();
  }
}

/**
 * Backups as an operator makes them (the built commands, in their own processes) on the database
 * the suite runs on: the embedded one, or the PostgreSQL server with DATABASE_URL. Every table is
 * compared, whatever tables the migrations made.
 */
describe('db:backup and db:restore', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudmarkt-backup-test-'));
  const targets: CommandDatabase[] = [];
  let source: CommandDatabase;
  let original: TableSnapshot;
  const backupFile = path.join(work, 'source.backup');

  async function emptyTarget(): Promise<CommandDatabase> {
    const target = await createCommandDatabase();
    targets.push(target);
    return target;
  }

  beforeAll(async () => {
    source = await emptyTarget();
    const imported = runCommand('catalogue-import', [REFERENCE_CATALOGUE_FILE], source.env);
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    // A second import with one change, so that the history tables hold rows too.
    const changed = JSON.parse(fs.readFileSync(REFERENCE_CATALOGUE_FILE, 'utf8'));
    changed.services[0].name = `${changed.services[0].name} (renamed)`;
    const changedFile = path.join(work, 'changed.json');
    fs.writeFileSync(changedFile, JSON.stringify(changed));
    const reimported = runCommand('catalogue-import', [changedFile], source.env);
    expect(reimported.stderr).toBe('');
    expect(reimported.status).toBe(0);
    // Rows in the accounts' tables (issue 15), as a running app writes them.
    const db = await source.open();
    try {
      const until = new Date('2030-01-01T00:00:00Z');
      const [user] = await db
        .knex('users')
        .insert({ email: 'curator@example.org', name: 'Curator', role: 'curator', password_hash: 'x' })
        .returning('id');
      await db.knex('user_tokens').insert({
        purpose: 'invitation',
        user_id: user.id,
        token_hash: 'a'.repeat(64),
        expires_at: until,
      });
      await db
        .knex('sessions')
        .insert({ sid: 's1', sess: JSON.stringify({ userId: user.id }), expired: until });
      await db.knex('login_throttle').insert({ key: 'account:curator@example.org', points: 1, expire: 1 });
      await db.knex('mail_outbox').insert({
        recipient: 'curator@example.org',
        subject: 'Invitation',
        body: 'a link',
        transport: 'outbox',
      });
      // A draft under review (issue 15), with a curator's decision and a comment.
      const [draft] = await db
        .knex('drafts')
        .insert({
          provider_id: 'ovhcloud',
          subject_kind: 'provider',
          subject_id: 'ovhcloud',
          status: 'submitted',
          record: JSON.stringify({ id: 'ovhcloud' }),
          author_id: '2',
          author_email: 'supplier@example.org',
          author_role: 'supplier',
          created_at: until,
          updated_at: until,
        })
        .returning('id');
      const by = { curator_id: String(user.id), curator_email: 'curator@example.org' };
      await db.knex('draft_reviews').insert({
        draft_id: draft.id,
        item_key: 'fact:name',
        decision: 'checked',
        item_hash: 'b'.repeat(64),
        decided_at: until,
        ...by,
      });
      await db.knex('draft_comments').insert({
        draft_id: draft.id,
        author_id: String(user.id),
        author_email: 'curator@example.org',
        author_role: 'curator',
        body: 'Looks right',
        created_at: until,
      });
    } finally {
      await db.close();
    }
    original = await snapshotOf(source);
  });

  afterAll(async () => {
    for (const target of targets) await target.dispose();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('has data in every table to compare (a new table needs rows here)', () => {
    expect(emptyTables(original)).toEqual([]);
  });

  it('restores into an empty database every table and sequence exactly as backed up', async () => {
    const backup = runCommand('db-backup', [backupFile], source.env);
    expect(backup.stderr).toBe('');
    expect(backup.status).toBe(0);
    expect(fs.existsSync(`${backupFile}.partial`)).toBe(false);

    const target = await emptyTarget();
    const restore = runCommand('db-restore', [backupFile], target.env);
    expect(restore.stderr).toBe('');
    expect(restore.status).toBe(0);
    expect(await snapshotOf(target)).toStrictEqual(original);
    // The source was only read.
    expect(await snapshotOf(source)).toStrictEqual(original);
  });

  it('refuses to restore over a database that holds data unless --force', async () => {
    const target = await emptyTarget();
    expect(runCommand('db-restore', [backupFile], target.env).status).toBe(0);
    const db = await target.open();
    try {
      await db
        .knex('services')
        .where({ id: referenceCatalogue().services[0]?.id })
        .update({ name: 'Changed' });
    } finally {
      await db.close();
    }
    const changed = await snapshotOf(target);
    expect(changed).not.toStrictEqual(original);

    const refused = runCommand('db-restore', [backupFile], target.env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('--force');
    expect(await snapshotOf(target)).toStrictEqual(changed);

    const forced = runCommand('db-restore', [backupFile, '--force'], target.env);
    expect(forced.stderr).toBe('');
    expect(forced.status).toBe(0);
    expect(await snapshotOf(target)).toStrictEqual(original);
  });

  it('refuses a damaged backup and leaves the database as it was', async () => {
    const whole = fs.readFileSync(backupFile);
    const cut = path.join(work, 'cut.backup');
    fs.writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const target = await emptyTarget();
    const result = runCommand('db-restore', [cut], target.env);
    expect(result.status).toBe(1);
    expect(result.stderr).not.toBe('');
    const after = await snapshotOf(target);
    expect(
      Object.values(after)
        .flat()
        .filter((row) => !/^\d+ (true|false)$/.test(row)),
    ).toEqual([]);
  });

  it('rejects wrong usage with exit code 2', () => {
    expect(runCommand('db-backup', [], source.env).status).toBe(2);
    expect(runCommand('db-restore', [backupFile, '--forse'], source.env).status).toBe(2);
  });

  describe('from the running app (GET /api/admin/backup)', () => {
    let db: Database;
    const store = new CatalogueStore(documentSource(referenceCatalogue()), () => '2026-11-28');
    let followers: CatalogueFollowers;
    const appWith = (env: NodeJS.ProcessEnv) =>
      createApp({
        config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env }),
        logger: createLogger('silent'),
        store,
        health: new DatabaseHealth(() => db.ping()),
        search: followers.search,
        cache: followers.cache,
        backupDatabase: (file) => backupDatabase(db, file),
      });

    beforeAll(async () => {
      db = await source.open();
      await store.reload();
      followers = followCatalogue(store, (s) => SearchService.following(s));
    });
    afterAll(async () => {
      followers.close();
      await db.close();
    });

    it('exists only with ADMIN_TOKEN and answers 401 without the token', async () => {
      expect((await request(appWith({})).get('/api/admin/backup')).status).toBe(404);
      const res = await request(appWith({ ADMIN_TOKEN: TOKEN })).get('/api/admin/backup');
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthorized');
    });

    it('gives a backup that restores while the app keeps the database open', async () => {
      if (!testDatabaseUrl()) {
        const locked = runCommand('db-backup', [path.join(work, 'never.backup')], source.env);
        expect(locked.status).toBe(1);
        expect(locked.stderr).toContain('--url');
        expect(fs.existsSync(path.join(work, 'never.backup'))).toBe(false);
      }
      const server = appWith({ ADMIN_TOKEN: TOKEN }).listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const file = path.join(work, 'over-http.backup');
      let result;
      try {
        // The command runs in its own process while this one holds the database and serves it.
        result = await runCommandAsync('db-backup', [file, '--url', url], {
          ...source.env,
          ADMIN_TOKEN: TOKEN,
        });
      } finally {
        server.close();
      }
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const target = await emptyTarget();
      expect(runCommand('db-restore', [file], target.env).status).toBe(0);
      expect(await snapshotOf(target)).toStrictEqual(original);
    });
  });
});
