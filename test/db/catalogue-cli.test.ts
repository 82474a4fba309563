import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase } from '../../src/db/database';
import { PROJECT_ROOT } from '../../src/paths';
import { validateCatalogue } from '../../src/services/catalogue/catalogue-loader';
import { makeDocument, makeService } from '../support/catalogue-factory';
import { referenceDocument } from '../support/db/reference-document';
import { testDatabaseUrl } from '../support/db/test-database';

/**
 * The import and export commands as a user runs them: separate processes that open the database
 * the way the app does. On a server they get a database of their own (the commands use the
 * public schema).
 */
describe('catalogue:import and catalogue:export commands', () => {
  const serverUrl = testDatabaseUrl();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudmarkt-cli-'));
  const pgliteDir = path.join(work, 'pglite');
  const databaseName = `cloudmarkt_cli_${randomBytes(4).toString('hex')}`;
  let env: NodeJS.ProcessEnv;

  function run(script: 'catalogue-import' | 'catalogue-export', file: string) {
    const result = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, file], {
      cwd: PROJECT_ROOT,
      env,
      encoding: 'utf8',
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  function writeJson(name: string, value: unknown): string {
    const file = path.join(work, name);
    fs.writeFileSync(file, JSON.stringify(value));
    return file;
  }

  beforeAll(async () => {
    env = { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'test' };
    delete env.DATABASE_URL;
    if (serverUrl) {
      const admin = await createDatabase({ url: serverUrl });
      await admin.knex.raw('create database ??', [databaseName]);
      await admin.close();
      const url = new URL(serverUrl);
      url.pathname = `/${databaseName}`;
      env.DATABASE_URL = url.toString();
    } else {
      env.PGLITE_DIR = pgliteDir;
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

  it('imports a valid file and prints the counts', () => {
    const reference = referenceDocument();
    const result = run('catalogue-import', writeJson('reference.json', reference));
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      `${reference.services.length} services, ${reference.providers.length} providers, ` +
        `${reference.categories.length} categories, ${reference.capabilities.length} capabilities`,
    );
    expect(result.status).toBe(0);
  });

  it('rejects an invalid file with every error and its path, exit code 1, and changes nothing', () => {
    const bad = makeDocument({
      services: [makeService({ id: 'a', providerId: 'nobody' }), makeService({ id: 'b', runsOn: ['b'] })],
    });
    const result = run('catalogue-import', writeJson('bad.json', bad));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('2 error(s); the catalogue was not changed');
    expect(result.stderr).toContain('/services/0/providerId: unknown provider "nobody"');
    expect(result.stderr).toContain('/services/1/runsOn/0: service "b" cannot run on itself');
  });

  it('refuses a file that is not JSON', () => {
    const file = path.join(work, 'broken.json');
    fs.writeFileSync(file, '{ "schemaVersion": 1,');
    const result = run('catalogue-import', file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('cannot read JSON');
  });

  it('exports a document that validates and equals what was imported', () => {
    const out = path.join(work, 'export.json');
    const result = run('catalogue-export', out);
    expect(result.status).toBe(0);
    const exported: unknown = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(validateCatalogue(exported).ok).toBe(true);
    expect(exported).toStrictEqual(referenceDocument());
  });

  (serverUrl ? it.skip : it)(
    'is refused with a clear message while another process holds the folder',
    async () => {
      const db = await createDatabase({ pgliteDir });
      try {
        const result = run('catalogue-export', path.join(work, 'never.json'));
        expect(result.status).toBe(1);
        expect(result.stderr).toContain(`${pgliteDir} is in use by process ${process.pid}`);
        expect(fs.existsSync(path.join(work, 'never.json'))).toBe(false);
      } finally {
        await db.close();
      }
    },
  );
});
