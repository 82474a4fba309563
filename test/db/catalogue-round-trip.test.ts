import type { Database } from '../../src/db/database';
import type { CatalogueDocument, Source } from '../../src/domain/catalogue.types';
import {
  catalogueGeneration,
  isCatalogueEmpty,
  readCatalogue,
  readCatalogueSnapshot,
} from '../../src/repositories/catalogue.repository';
import { assembleCatalogue } from '../../src/repositories/catalogue/catalogue-assembly';
import { selectCatalogueRows } from '../../src/repositories/catalogue/catalogue-queries';
import { exportCatalogue, serializeCatalogue } from '../../src/services/catalogue/export-catalogue';
import { importCatalogue } from '../../src/services/catalogue/import-catalogue';
import { generateCatalogue } from '../../scripts/generate-catalogue';
import {
  makeCapability,
  makeDocument,
  makeEvidence,
  makeFact,
  makeProvider,
  makeService,
  makeSource,
  makeUnsourcedFact,
} from '../support/catalogue-factory';
import { createTestDatabase } from '../support/db/test-database';
import { referenceDocument } from '../support/db/reference-document';

/** Every optional field of the schema set at least once, to catch a column that is not read back. */
function documentWithEveryField(): CatalogueDocument {
  return makeDocument({
    title: 'Everything',
    publishedOn: '2026-11-01',
    capabilities: [makeCapability({ replaces: ['Product A', 'Product B (meetings)'] })],
    providers: [
      makeProvider({
        legalName: 'Test Provider B.V.',
        ultimateParent: { name: 'Parent SE', country: 'DE' },
        control: makeFact('eea-controlled' as const, { note: 'by headquarters' }),
        website: 'https://example.org/provider',
        description: { nl: 'Beschrijving', en: 'Description' },
      }),
    ],
    services: [
      makeService({ id: 'base' }),
      makeService({
        id: 'full',
        description: { nl: 'Lang' },
        website: 'https://example.org/full',
        deployment: ['public', 'private'],
        capabilities: ['test-capability'],
        runsOn: ['base'],
        openSource: makeFact({
          licence: 'EUPL-1.2',
          sourceUrl: 'https://example.org/code',
          selfHostable: true,
        }),
        data: {
          locations: makeFact(['NL', 'DE'], {
            sources: [
              makeSource({ checkedOn: '2026-11-29' }),
              makeSource({ url: 'https://example.org/unchecked' }),
            ],
          }),
          contractualEeaOnly: makeFact(false),
          supportAccessInEea: makeUnsourcedFact(true),
          keyCustody: makeFact('byok' as const),
        },
        evidence: [
          makeEvidence({
            level: 'high',
            version: '2022',
            scope: 'All of it',
            issuer: 'Auditor',
            reference: 'R-1',
          }),
          makeEvidence({ scheme: 'C5', status: 'attested', coversService: false, validUntil: '2025-01-31' }),
          { scheme: 'GaiaX' },
        ],
        exit: { exportFormats: makeFact(['CSV']), exitPlan: makeFact('Documented') },
        contract: {
          slaAvailabilityPct: makeFact(99.95),
          noticePeriodDays: makeFact(0),
          priceIndication: makeFact({ amount: 1.5, currency: 'EUR', unit: 'vCPU/hour' }),
          governingLaw: makeFact('NL', {
            sources: [
              makeSource({ url: 'https://example.org/a', title: 'Terms', note: 'Clause 9' }),
              makeSource({ url: 'https://example.org/b', kind: 'secondary', retrievedOn: undefined }),
            ],
          }),
        },
        environment: { pue: makeFact(1.2) },
        notes: { nl: 'Notitie', en: 'Note' },
      }),
    ],
  });
}

/** Through JSON, as the document arrives from a file: drops undefined keys made by overrides. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('catalogue round trip', () => {
  let db: Database;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.close());

  it('starts empty, at generation 0', async () => {
    expect(await isCatalogueEmpty(db.knex)).toBe(true);
    expect(await catalogueGeneration(db.knex)).toBe(0);
  });

  it('reads the reference catalogue back exactly as imported', async () => {
    const reference = referenceDocument();
    const result = await importCatalogue(db, reference);
    expect(result).toEqual({
      ok: true,
      generation: 1,
      counts: {
        categories: reference.categories.length,
        capabilities: reference.capabilities.length,
        providers: reference.providers.length,
        services: reference.services.length,
      },
    });
    expect(await readCatalogue(db.knex)).toStrictEqual(reference);
    expect(await isCatalogueEmpty(db.knex)).toBe(false);
  });

  it('keeps every optional field, array order and the primary category, and omits absent ones', async () => {
    const document = asJson(documentWithEveryField());
    // Order is data: the primary category comes first and sources keep their order.
    document.categories.push({ id: 'second', lot: 'workplace', name: { nl: 'Tweede' } });
    document.services[1].categories = ['second', 'test-category'];
    await importCatalogue(db, document);
    const read = await readCatalogue(db.knex);
    expect(read).toStrictEqual(document);
    expect(JSON.stringify(read)).not.toContain('null');
    expect(read.services[0]).toStrictEqual(makeService({ id: 'base' }));
  });

  it('exports the date a source was checked and imports the export unchanged', async () => {
    const document = asJson(documentWithEveryField());
    await importCatalogue(db, document);
    const exported = serializeCatalogue(await exportCatalogue(db));
    const sources = JSON.parse(exported).services[1].data.locations.sources as Source[];
    expect(sources.map((s) => s.checkedOn)).toEqual(['2026-11-29', undefined]);
    expect(await importCatalogue(db, JSON.parse(exported))).toMatchObject({ ok: true });
    expect(serializeCatalogue(await exportCatalogue(db))).toBe(exported);
    const rows = await db.knex('sources').whereNotNull('checked_on').select('checked_on');
    expect(rows).toEqual([{ checked_on: '2026-11-29' }]);
  });

  it('replaces everything on the next import and counts generations', async () => {
    const before = await catalogueGeneration(db.knex);
    const small = makeDocument({ services: [makeService({ id: 'only-one' })] });
    await importCatalogue(db, small);
    const snapshot = await readCatalogueSnapshot(db.knex);
    expect(snapshot).toStrictEqual({ document: small, generation: before + 1 });
    const [{ n }] = await db.knex('sources').count({ n: '*' });
    expect(Number(n)).toBe(0);
  });

  it('round-trips a generated catalogue of 600 services', async () => {
    const generated = generateCatalogue(600, 3);
    await importCatalogue(db, generated);
    expect(await readCatalogue(db.knex)).toStrictEqual(asJson(generated));
  });

  it('reads large tables in ranges that join up exactly, whatever the range size', async () => {
    const generated = asJson(generateCatalogue(300, 5));
    await importCatalogue(db, generated);
    // Ranges of 7 rows split services, facts and a service's evidence across many queries.
    for (const range of [1, 7, 1000]) {
      expect(assembleCatalogue(await selectCatalogueRows(db.knex, range))).toStrictEqual(generated);
    }
    const evidenceCount = generated.services.reduce((n, s) => n + (s.evidence?.length ?? 0), 0);
    expect(evidenceCount).toBeGreaterThan(300);
  });
});
