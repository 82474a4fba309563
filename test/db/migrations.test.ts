import type { Database } from '../../src/db/database';
import { migrate, rollbackAll } from '../../src/db/migrate';
import { MIGRATIONS } from '../../src/db/migration-source';
import { createTestDatabase } from '../support/db/test-database';

const CATALOGUE_TABLES = [
  'catalogue_meta',
  'categories',
  'capabilities',
  'capability_replacements',
  'providers',
  'services',
  'service_categories',
  'service_capabilities',
  'service_runs_on',
  'evidence',
  'facts',
  'sources',
];

async function existingTables(db: Database): Promise<string[]> {
  const result = await db.knex.raw<{ rows: { name: string }[] }>(
    `select table_name as name from information_schema.tables
     where table_schema = current_schema() and table_name = any(?) order by 1`,
    [CATALOGUE_TABLES],
  );
  return result.rows.map((r) => r.name);
}

describe('migrations', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  it('create every catalogue table, undo each one with its down, and apply again', async () => {
    expect(await existingTables(db)).toEqual([...CATALOGUE_TABLES].sort());
    expect(await migrate(db.knex)).toEqual([]);

    const undone = await rollbackAll(db.knex);
    expect(undone).toEqual(MIGRATIONS.map(([name]) => name).reverse());
    expect(await existingTables(db)).toEqual([]);

    expect(await migrate(db.knex)).toEqual(MIGRATIONS.map(([name]) => name));
    expect(await existingTables(db)).toEqual([...CATALOGUE_TABLES].sort());
  });

  it('refuses a fact with two subjects and a source with no owner', async () => {
    await db.knex('providers').insert({ id: 'p', position: 0, name: 'P', type: 'market', hq_country: 'NL' });
    await db.knex('services').insert({
      id: 's',
      position: 0,
      provider_id: 'p',
      name: 'S',
      summary: JSON.stringify({ nl: 'S' }) as never,
      service_model: 'iaas',
    });
    const fact = { id: 1, path: 'control', value: JSON.stringify('non-eu') };
    await expect(db.knex('facts').insert({ ...fact, provider_id: 'p', service_id: 's' })).rejects.toThrow(
      /facts_one_subject/,
    );
    await expect(
      db.knex('sources').insert({ id: 1, position: 0, url: 'https://example.org' }),
    ).rejects.toThrow(/sources_one_owner/);
    await db.knex('services').del();
    expect(await db.knex('providers').del()).toBe(1);
  });
});
