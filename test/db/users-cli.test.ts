import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase, type Database } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { PROJECT_ROOT } from '../../src/paths';
import { importCatalogue } from '../../src/services/catalogue/import-catalogue';
import { tokenHash } from '../../src/services/accounts/tokens';
import { testDatabaseUrl } from '../support/db/test-database';
import { referenceCatalogue } from '../support/test-app';

/** `npm run users:invite` as an operator runs it: a separate process on the app's database. */
describe('users:invite command', () => {
  const serverUrl = testDatabaseUrl();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudmarkt-users-cli-'));
  const databaseName = `cloudmarkt_users_cli_${randomBytes(4).toString('hex')}`;
  let env: NodeJS.ProcessEnv;

  const open = (): Promise<Database> =>
    createDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { pgliteDir: env.PGLITE_DIR });

  function run(...args: string[]) {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/users-invite.ts', ...args], {
      cwd: PROJECT_ROOT,
      env,
      encoding: 'utf8',
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  beforeAll(async () => {
    env = {
      ...process.env,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      PUBLIC_BASE_URL: 'https://cloudmarkt.example',
    };
    delete env.DATABASE_URL;
    if (serverUrl) {
      const admin = await createDatabase({ url: serverUrl });
      await admin.knex.raw('create database ??', [databaseName]);
      await admin.close();
      const url = new URL(serverUrl);
      url.pathname = `/${databaseName}`;
      env.DATABASE_URL = url.toString();
    } else {
      env.PGLITE_DIR = path.join(work, 'pglite');
    }
    const db = await open();
    try {
      await migrate(db.knex);
      const imported = await importCatalogue(db, referenceCatalogue());
      expect(imported.ok).toBe(true);
      await db.knex('users').insert({ email: 'taken@example.org', role: 'curator' });
    } finally {
      await db.close();
    }
  });

  afterAll(async () => {
    if (serverUrl) {
      const admin = await createDatabase({ url: serverUrl });
      await admin.knex.raw('drop database if exists ?? with (force)', [databaseName]);
      await admin.close();
    }
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('invites a supplier of a provider and prints a one-time link whose hash is stored', async () => {
    const out = run('--email', 'Ops@OVH.example', '--role', 'supplier', '--provider', 'ovhcloud');
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('Invited ops@ovh.example as supplier of ovhcloud.');
    const link = /https:\/\/cloudmarkt\.example\/invitation\/([A-Za-z0-9_-]{43})/.exec(out.stdout);
    expect(link).not.toBeNull();
    const db = await open();
    try {
      const user = await db.knex('users').where({ email: 'ops@ovh.example' }).first();
      expect(user).toMatchObject({ role: 'supplier', provider_id: 'ovhcloud', password_hash: null });
      const token = await db.knex('user_tokens').where({ user_id: user?.id }).first();
      expect(token).toMatchObject({
        purpose: 'invitation',
        token_hash: tokenHash(link?.[1] as string),
        used_at: null,
      });
      const audit = await db.knex('audit_trail').where({ action: 'user.invited' }).first();
      expect(audit).toMatchObject({ actor_id: null, record_id: String(user?.id), detail: { via: 'cli' } });
    } finally {
      await db.close();
    }
  });

  it('refuses bad arguments with a clear message and changes nothing', async () => {
    const cases: [string[], RegExp][] = [
      [['--email', 'a@example.org', '--role', 'supplier'], /--provider is required/],
      [['--email', 'a@example.org', '--role', 'supplier', '--provider', 'no-such'], /no such provider/],
      [['--email', 'not-an-address', '--role', 'curator'], /--email: not an e-mail address/],
      [['--email', 'a@example.org', '--role', 'owner'], /--role: one of supplier, curator, admin/],
      [['--email', 'Taken@example.org', '--role', 'curator'], /already an account/],
      [['--mail', 'a@example.org'], /Unknown option '--mail'/],
    ];
    for (const [args, message] of cases) {
      const out = run(...args);
      expect(out.status).not.toBe(0);
      expect(out.stderr).toMatch(message);
      expect(out.stdout).not.toMatch(/invitation\//);
    }
    const db = await open();
    try {
      expect(await db.knex('users').where({ email: 'a@example.org' }).first()).toBeUndefined();
    } finally {
      await db.close();
    }
    // Six processes, two of which open the database: slow on a busy machine.
  }, 240_000);
});
