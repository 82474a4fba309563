import path from 'node:path';
import { readLogicalBackup, restoreLogicalBackup } from '../../src/db/backup/logical-backup';
import type { Database } from '../../src/db/database';
import { migrate } from '../../src/db/migrate';
import { MIGRATIONS } from '../../src/db/migration-source';
import { readCatalogueSnapshot } from '../../src/repositories/catalogue.repository';
import { createCommandDatabase, type CommandDatabase } from '../support/commands/commands';
import { emptyTables, snapshotTables, type TableSnapshot } from '../support/db/table-snapshot';

/**
 * Databases made by earlier releases, with data in every table: a logical backup taken of a
 * database the release's own code migrated and filled (release 6345ae9: migrations 001-012 and
 * its reference catalogue). Add one here for each release.
 */
const RELEASES = [
  { commit: '6345ae9', file: path.join(__dirname, '..', 'fixtures', 'release-6345ae9.backup') },
];

/** Tables whose rows a migration is meant to add to (everything else keeps exactly its rows). */
const GROWING = new Set(['knex_migrations']);

/** The rows of a table reduced to the columns the old release had, sorted. */
function projected(rows: string[], columns: string[]): string[] {
  return rows
    .map((text) => {
      const row = JSON.parse(text) as Record<string, unknown>;
      return JSON.stringify(columns.map((column) => row[column]));
    })
    .sort();
}

describe.each(RELEASES)('upgrading a database of release $commit', ({ file }) => {
  let target: CommandDatabase;
  let db: Database;
  let before: TableSnapshot;
  let releaseMigrations: string[];

  beforeAll(async () => {
    target = await createCommandDatabase();
    db = await target.open();
    const backup = await readLogicalBackup(file);
    releaseMigrations = backup.header.migrations;
    await restoreLogicalBackup(db.knex, backup);
    before = await snapshotTables(db.knex);
  }, 300_000);
  afterAll(async () => {
    await db?.close();
    await target?.dispose();
  });

  it('starts from that release: its migrations only, data in every table', () => {
    expect(releaseMigrations.length).toBeLessThan(MIGRATIONS.length);
    expect(emptyTables(before)).toEqual([]);
  });

  it('runs the newer migrations and keeps every row and every value of the old columns', async () => {
    const applied = await migrate(db.knex);
    expect(applied).toEqual(MIGRATIONS.slice(releaseMigrations.length).map(([name]) => name));
    const after = await snapshotTables(db.knex);
    for (const [table, rows] of Object.entries(before)) {
      expect({ table, present: table in after }).toEqual({ table, present: true });
      if (table.startsWith('sequence:')) continue;
      const columns = rows[0] ? Object.keys(JSON.parse(rows[0]) as object) : [];
      const old = projected(rows, columns);
      const now = projected(after[table] ?? [], columns);
      if (GROWING.has(table)) expect(now).toEqual(expect.arrayContaining(old));
      else expect({ table, rows: now }).toEqual({ table, rows: old });
    }
    // The app reads the upgraded catalogue.
    const { document } = await readCatalogueSnapshot(db.knex);
    expect(document.services).toHaveLength(before.services?.length ?? -1);
  });
});
