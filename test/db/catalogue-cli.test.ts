import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase } from '../../src/db/database';
import { validateCatalogue } from '../../src/services/catalogue/catalogue-loader';
import { makeDocument, makeService } from '../support/catalogue-factory';
import { referenceDocument } from '../support/db/reference-document';
import { testDatabaseUrl } from '../support/db/test-database';
import { createCommandDatabase, runCommand, type CommandDatabase } from '../support/commands/commands';

/**
 * The import and export commands as an operator runs them in the production image: the built
 * files in separate processes, with no development dependency resolvable, opening the database
 * the way the app does. On a server they get a database of their own (the commands use the
 * public schema).
 */
describe('catalogue:import and catalogue:export commands (built, without development dependencies)', () => {
  const serverUrl = testDatabaseUrl();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudmarkt-cli-'));
  let target: CommandDatabase;

  const run = (script: 'catalogue-import' | 'catalogue-export', file: string) =>
    runCommand(script, [file], target.env);

  function writeJson(name: string, value: unknown): string {
    const file = path.join(work, name);
    fs.writeFileSync(file, JSON.stringify(value));
    return file;
  }

  beforeAll(async () => {
    target = await createCommandDatabase();
  });

  afterAll(async () => {
    await target.dispose();
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
      const pgliteDir = target.pgliteDir as string;
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
