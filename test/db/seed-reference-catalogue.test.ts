import type { Database } from '../../src/db/database';
import { catalogueGeneration, readCatalogue } from '../../src/repositories/catalogue.repository';
import { importCatalogue } from '../../src/services/catalogue/import-catalogue';
import { seedIfEmpty } from '../../seeds/seed-reference-catalogue';
import { makeDocument } from '../support/catalogue-factory';
import { createTestDatabase } from '../support/db/test-database';
import { referenceDocument } from '../support/db/reference-document';

async function counts(db: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of [
    'providers',
    'services',
    'facts',
    'sources',
    'evidence',
    'service_categories',
  ] as const) {
    const [{ n }] = await db.knex(table).count({ n: '*' });
    out[table] = Number(n);
  }
  return out;
}

describe('seedIfEmpty', () => {
  let db: Database;
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(() => db.close());

  it('loads the reference catalogue once; a second start changes nothing', async () => {
    const first = await seedIfEmpty(db);
    expect(first).toMatchObject({ ok: true, generation: 1, counts: { services: 49, providers: 36 } });
    const afterFirst = await counts(db);
    expect(afterFirst.services).toBe(49);
    expect(afterFirst.service_categories).toBeGreaterThanOrEqual(49);

    expect(await seedIfEmpty(db)).toBeUndefined();
    expect(await counts(db)).toEqual(afterFirst);
    expect(await catalogueGeneration(db.knex)).toBe(1);
    expect(await readCatalogue(db.knex)).toStrictEqual(referenceDocument());
  });

  it('never overwrites a catalogue that was imported before', async () => {
    const own = makeDocument();
    await importCatalogue(db, own);
    expect(await seedIfEmpty(db)).toBeUndefined();
    expect(await readCatalogue(db.knex)).toStrictEqual(own);
  });
});
