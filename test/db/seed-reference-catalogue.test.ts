import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { Database } from '../../src/db/database';
import type { CatalogueDocument } from '../../src/domain/catalogue.types';
import {
  catalogueGeneration,
  markCatalogueModified,
  readCatalogue,
  readCatalogueOrigin,
} from '../../src/repositories/catalogue.repository';
import { listChangeItems } from '../../src/repositories/history.repository';
import { importCatalogue } from '../../src/services/catalogue/import-catalogue';
import {
  catalogueHash,
  EARLIER_REFERENCE_HASHES,
  seedReferenceCatalogue,
} from '../../seeds/seed-reference-catalogue';
import { makeDocument, makeService } from '../support/catalogue-factory';
import { createTestDatabase } from '../support/db/test-database';
import { referenceDocument } from '../support/db/reference-document';

function collectingLogger(): { logger: pino.Logger; lines: () => Record<string, unknown>[] } {
  const out: string[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void out.push(line) });
  return { logger, lines: () => out.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

async function count(db: Database, table: 'providers' | 'services' | 'sources'): Promise<number> {
  const [{ n }] = await db.knex(table).count({ n: '*' });
  return Number(n);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudmarkt-seed-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** A reference catalogue file as a later release would ship it. */
function shippedFile(name: string, document: CatalogueDocument): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, JSON.stringify(document));
  return file;
}

/** The shipped reference catalogue with a later publication date and one service fewer. */
function laterReference(publishedOn = '2099-01-01'): CatalogueDocument {
  const next = referenceDocument();
  const dropped = next.services.find((s) => !next.services.some((o) => o.runsOn?.includes(s.id)));
  next.services = next.services.filter((s) => s !== dropped);
  return { ...next, publishedOn };
}

describe('seedReferenceCatalogue', () => {
  let db: Database;
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(() => db.close());

  it('loads the reference catalogue into an empty database once; a second start changes nothing', async () => {
    const reference = referenceDocument();
    const { logger } = collectingLogger();
    expect(await seedReferenceCatalogue(db, logger)).toMatchObject({ action: 'loaded', generation: 1 });
    expect(await count(db, 'services')).toBe(reference.services.length);
    expect(await count(db, 'providers')).toBe(reference.providers.length);
    expect(await readCatalogueOrigin(db.knex)).toMatchObject({
      origin: 'reference',
      referenceHash: catalogueHash(reference),
      publishedOn: reference.publishedOn,
      modifiedAt: null,
    });

    expect(await seedReferenceCatalogue(db, logger)).toMatchObject({ action: 'current' });
    expect(await catalogueGeneration(db.knex)).toBe(1);
    // What is stored hashes like the file: that is how a catalogue from before migration 014 is recognised.
    expect(catalogueHash(await readCatalogue(db.knex))).toBe(catalogueHash(reference));
    expect(await readCatalogue(db.knex)).toStrictEqual(reference);
  });

  it('replaces an unmodified older reference catalogue in one new generation, logging old and new version', async () => {
    await seedReferenceCatalogue(db, collectingLogger().logger);
    const later = laterReference();
    const { logger, lines } = collectingLogger();
    const outcome = await seedReferenceCatalogue(db, logger, shippedFile('later.json', later));

    expect(outcome).toMatchObject({ action: 'updated', generation: 2 });
    expect(await readCatalogue(db.knex)).toStrictEqual(later);
    expect(await readCatalogueOrigin(db.knex)).toMatchObject({
      origin: 'reference',
      referenceHash: catalogueHash(later),
      publishedOn: '2099-01-01',
    });
    const log = lines().find((l) => l.msg === 'reference catalogue updated to the newer shipped version');
    expect(log).toMatchObject({ generation: 2 });
    expect(String(log?.from)).toContain(referenceDocument().publishedOn);
    expect(String(log?.to)).toContain('2099-01-01');

    // The update is a catalogue change: recorded in the history as the reference catalogue.
    const { items } = await listChangeItems(db.knex, { limit: 100, offset: 0 });
    const dropped = referenceDocument().services.find((s) => !later.services.some((l) => l.id === s.id));
    expect(items.map((i) => [i.cause, i.subjectId, i.kind])).toEqual([['reference', dropped?.id, 'removed']]);
  });

  it('never overwrites an imported catalogue, and logs that a newer reference exists', async () => {
    const own = makeDocument({ publishedOn: '2020-01-01' });
    await importCatalogue(db, own);
    const { logger, lines } = collectingLogger();
    expect(await seedReferenceCatalogue(db, logger)).toMatchObject({ action: 'kept', reason: 'import' });
    expect(await readCatalogue(db.knex)).toStrictEqual(own);
    expect(await catalogueGeneration(db.knex)).toBe(1);
    expect(lines().map((l) => l.msg)).toContain(
      'a newer reference catalogue exists; the stored catalogue is kept',
    );
  });

  it('never overwrites a reference catalogue that was changed after loading (e.g. an approved submission)', async () => {
    await seedReferenceCatalogue(db, collectingLogger().logger);
    await markCatalogueModified(db.knex, 'submission 17');
    const before = await readCatalogue(db.knex);
    const { logger, lines } = collectingLogger();
    const outcome = await seedReferenceCatalogue(db, logger, shippedFile('later.json', laterReference()));

    expect(outcome).toMatchObject({ action: 'kept', reason: 'modified' });
    expect(await readCatalogue(db.knex)).toStrictEqual(before);
    expect(await catalogueGeneration(db.knex)).toBe(1);
    expect(lines().find((l) => l.reason === 'modified')).toMatchObject({ modifiedBy: 'submission 17' });
  });

  it('keeps an unmodified reference catalogue when the shipped one is not newer', async () => {
    await seedReferenceCatalogue(db, collectingLogger().logger, shippedFile('later.json', laterReference()));
    const stored = await readCatalogue(db.knex);
    const outcome = await seedReferenceCatalogue(db, collectingLogger().logger);
    expect(outcome).toMatchObject({ action: 'kept', reason: 'not-older' });
    expect(await readCatalogue(db.knex)).toStrictEqual(stored);
  });

  describe('a catalogue stored before origins were recorded', () => {
    /** Imports `document` and forgets its origin, as migration 014 leaves an existing install. */
    async function legacy(document: CatalogueDocument): Promise<void> {
      await importCatalogue(db, document);
      await db.knex('catalogue_meta').update({ origin: null, reference_hash: null });
    }

    it('is updated when its content is exactly an earlier reference catalogue', async () => {
      const older = { ...referenceDocument(), publishedOn: '2000-01-01' };
      await legacy(older);
      const outcome = await seedReferenceCatalogue(db, collectingLogger().logger, undefined, [
        ...EARLIER_REFERENCE_HASHES,
        catalogueHash(older),
      ]);
      expect(outcome).toMatchObject({ action: 'updated', generation: 2 });
      expect(await readCatalogue(db.knex)).toStrictEqual(referenceDocument());
    });

    it('is kept, and recorded as an import, when its content is anything else', async () => {
      const changed = { ...referenceDocument(), publishedOn: '2000-01-01' };
      changed.services = [
        ...changed.services,
        makeService({
          id: 'added-by-hand',
          providerId: changed.providers[0].id,
          categories: [changed.categories[0].id],
        }),
      ];
      await legacy(changed);
      const outcome = await seedReferenceCatalogue(db, collectingLogger().logger);
      expect(outcome).toMatchObject({ action: 'kept', reason: 'import' });
      expect(await readCatalogue(db.knex)).toStrictEqual(changed);
      expect(await readCatalogueOrigin(db.knex)).toMatchObject({ origin: 'import' });
    });
  });
});
