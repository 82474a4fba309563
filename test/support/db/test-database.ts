import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase, type Database } from '../../../src/db/database';
import { migrate } from '../../../src/db/migrate';
import { ensurePgliteTemplate } from './pglite-template';

/** The PostgreSQL server tests use when DATABASE_URL is set (.ci/run sets it); else PGlite. */
export function testDatabaseUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

/**
 * A fresh, migrated, empty database for one test file; `close()` removes it again.
 * - PGlite (default): a copy of the migrated template folder built by jest's globalSetup.
 * - PostgreSQL (DATABASE_URL set): a schema of its own, so test files can run in parallel.
 */
export async function createTestDatabase(): Promise<Database> {
  const url = testDatabaseUrl();
  return url ? createServerTestDatabase(url) : createEmbeddedTestDatabase();
}

async function createEmbeddedTestDatabase(): Promise<Database> {
  const template = await ensurePgliteTemplate();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudmarkt-test-db-'));
  fs.cpSync(template, dir, { recursive: true });
  const db = await createDatabase({ pgliteDir: dir });
  const close = db.close;
  return {
    ...db,
    close: async () => {
      await close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function createServerTestDatabase(url: string): Promise<Database> {
  const schema = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const db = await createDatabase({ url, searchPath: schema });
  await db.knex.raw('create schema ??', [schema]);
  await migrate(db.knex);
  const close = db.close;
  return {
    ...db,
    close: async () => {
      try {
        await db.knex.raw('drop schema ?? cascade', [schema]);
      } finally {
        await close();
      }
    },
  };
}
