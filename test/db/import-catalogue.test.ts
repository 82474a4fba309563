import { listenForCatalogueChanges } from '../../src/db/catalogue-notifications';
import type { Database } from '../../src/db/database';
import {
  catalogueGeneration,
  isCatalogueEmpty,
  readCatalogue,
} from '../../src/repositories/catalogue.repository';
import { importCatalogue } from '../../src/services/catalogue/import-catalogue';
import { generateCatalogue } from '../../scripts/generate-catalogue';
import { makeDocument, makeProvider, makeService } from '../support/catalogue-factory';
import { createTestDatabase } from '../support/db/test-database';

async function rowCount(
  db: Database,
  table: 'services' | 'facts' | 'sources' | 'providers',
): Promise<number> {
  const [{ n }] = await db.knex(table).count({ n: '*' });
  return Number(n);
}

/** Resolves when `predicate` holds, polling; rejects after a generous bound (not a timing assertion). */
async function eventually(predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !predicate(); i++) await new Promise((r) => setTimeout(r, 50));
  if (!predicate()) throw new Error('condition not reached');
}

describe('importCatalogue', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  it('writes nothing for an invalid document, not even into an empty database', async () => {
    const bad = makeDocument({ services: [makeService({ providerId: 'nobody' })] });
    const result = await importCatalogue(db, bad);
    expect(result).toEqual({
      ok: false,
      errors: [{ path: '/services/0/providerId', message: 'unknown provider "nobody"' }],
    });
    expect(await isCatalogueEmpty(db.knex)).toBe(true);
    expect(await rowCount(db, 'providers')).toBe(0);
  });

  it('keeps the previous catalogue when a later document fails validation', async () => {
    const good = makeDocument({
      providers: [makeProvider(), makeProvider({ id: 'second-provider' })],
      services: [
        makeService({ id: 'kept' }),
        makeService({ id: 'also-kept', providerId: 'second-provider' }),
      ],
    });
    expect(await importCatalogue(db, good)).toMatchObject({ ok: true, generation: 1 });

    const bad = makeDocument({ services: [makeService({ id: 'new', runsOn: ['new'] })] });
    expect(await importCatalogue(db, bad)).toMatchObject({ ok: false });
    expect(await readCatalogue(db.knex)).toStrictEqual(good);
    expect(await catalogueGeneration(db.knex)).toBe(1);
  });

  it('rolls back a failure halfway through writing, leaving the previous catalogue', async () => {
    const before = await readCatalogue(db.knex);
    const large = generateCatalogue(2500, 5);
    let failedAfter = 0;
    await expect(
      importCatalogue(db, large, {
        onProgress: ({ done }) => {
          // Fail once some services are written, as a lost connection or full disk would.
          if (done > 0) {
            failedAfter = done;
            throw new Error('disk full (simulated)');
          }
        },
      }),
    ).rejects.toThrow('disk full (simulated)');
    expect(failedAfter).toBeGreaterThan(0);
    expect(await readCatalogue(db.knex)).toStrictEqual(before);
    expect(await rowCount(db, 'services')).toBe(2);
    expect(await catalogueGeneration(db.knex)).toBe(1);
  });

  it('announces each committed import with its generation, and not a rejected one', async () => {
    const generations: number[] = [];
    const stop = await listenForCatalogueChanges(db, (g) => generations.push(g));
    try {
      const start = await catalogueGeneration(db.knex);
      await importCatalogue(db, makeDocument({ services: [makeService({ providerId: 'nobody' })] }));
      await importCatalogue(db, makeDocument());
      await importCatalogue(db, makeDocument({ services: [makeService({ id: 'x' })] }));
      await eventually(() => generations.includes(start + 2));
      expect(generations).toEqual([start + 1, start + 2]);
    } finally {
      await stop();
    }
  });

  it('reports progress up to the last service', async () => {
    const seen: number[] = [];
    await importCatalogue(db, generateCatalogue(4500, 9), {
      onProgress: ({ done, total }) => {
        expect(total).toBe(4500);
        seen.push(done);
      },
    });
    expect(seen).toEqual([0, 2000, 4000, 4500]);
    expect(await rowCount(db, 'services')).toBe(4500);
  });
});
