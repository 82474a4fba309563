import * as cheerio from 'cheerio';
import request from 'supertest';
import type { CatalogueDocument } from '../../../src/domain/catalogue.types';
import { createTestApp, referenceCatalogue, type TestApp } from '../../support/test-app';
import { parseCsv } from './api-test-support';

const BASE = 'https://cloudmarkt.example';
const TRICKY_NAME = 'Acme "Cloud", Edition\nTwo';

/** The CSV as rows; the header block ends at the first empty line, then column headers, then data. */
function read(text: string) {
  const rows = parseCsv(text.replace(/^\uFEFF/, ''));
  const blank = rows.findIndex((r) => r.length === 1 && r[0] === '');
  const header = Object.fromEntries(rows.slice(1, blank).map((r) => [r[0], r[1]]));
  const columns = rows[blank + 1];
  const data = rows.slice(blank + 2).map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]])));
  return { title: rows[0][0], header, columns, data };
}

describe('CSV of result lists', () => {
  let t: TestApp;
  let doc: CatalogueDocument;

  beforeAll(async () => {
    doc = referenceCatalogue();
    // A name that needs quoting, and one a spreadsheet would run as a formula.
    doc.services[0].name = TRICKY_NAME;
    doc.services[1].name = '=HYPERLINK("https://evil.example")';
    // A fact without a source, and one that is absent.
    doc.services[2].data = { ...doc.services[2].data, locations: { value: ['NL'] } };
    if (doc.services[2].contract) delete doc.services[2].contract.slaAvailabilityPct;
    t = await createTestApp({ document: doc, env: { PUBLIC_BASE_URL: BASE } });
  });

  it('has a BOM, a header block and one row per service of the whole selection', async () => {
    const res = await request(t.app).get('/services.csv').expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="cloudmarkt-services-2026-11-28\.csv"$/,
    );
    expect(res.text.startsWith('\uFEFF')).toBe(true);
    const csv = read(res.text);
    expect(csv.title).toBe('Cloudmarkt – diensten');
    expect(csv.header['Datum catalogus']).toBe(doc.publishedOn);
    expect(csv.header['Datum beoordeling']).toBe('2026-11-28');
    expect(csv.header.Selectie).toContain(String(doc.services.length));
    // Every service, not just the first page of 20.
    expect(csv.data).toHaveLength(doc.services.length);
    expect(csv.data.map((r) => r.Id).sort()).toEqual(doc.services.map((s) => s.id).sort());
  });

  it('quotes names with a comma, a quote and a newline so they read back unchanged', async () => {
    const res = await request(t.app).get('/services.csv').expect(200);
    expect(res.text).toContain('"Acme ""Cloud"", Edition\nTwo"');
    const row = read(res.text).data.find((r) => r.Id === doc.services[0].id);
    expect(row?.Dienst).toBe(TRICKY_NAME);
    const formula = read(res.text).data.find((r) => r.Id === doc.services[1].id);
    expect(formula?.Dienst).toBe(`'=HYPERLINK("https://evil.example")`);
  });

  it('has the levels, key facts and the absolute service URL per row', async () => {
    const entry = t.store.current().services[0];
    const res = await request(t.app).get('/services.csv').expect(200);
    const row = read(res.text).data.find((r) => r.Id === entry.service.id);
    expect(row?.Soevereiniteitsniveau).toBe(String(entry.assessment.overall));
    expect(row?.['Niveau data']).toBe(String(entry.assessment.dimensions.data.level));
    expect(row?.URL).toBe(`${BASE}/services/${entry.service.id}`);
    expect(read(res.text).columns).toEqual(
      expect.arrayContaining([
        'Aanbieder',
        'Meetellende certificaten',
        'Opslaglocaties van gegevens',
        'Beschikbaarheid (SLA)',
      ]),
    );
  });

  it('marks facts without a source as unverified and absent facts as unknown', async () => {
    const res = await request(t.app).get('/services.csv').expect(200);
    const row = read(res.text).data.find((r) => r.Id === doc.services[2].id);
    expect(row?.['Opslaglocaties van gegevens']).toBe('Nederland (niet geverifieerd)');
    expect(row?.['Beschikbaarheid (SLA)']).toBe('onbekend');
  });

  it('exports the same selection as the list, in English with ?lang=en', async () => {
    const res = await request(t.app).get('/services.csv?model=saas&lang=en').expect(200);
    const csv = read(res.text);
    const saas = doc.services.filter((s) => s.serviceModel === 'saas');
    expect(csv.data.map((r) => r.Id).sort()).toEqual(saas.map((s) => s.id).sort());
    expect(csv.header['Assessment date']).toBe('2026-11-28');
    expect(csv.header.Selection).toContain(String(saas.length));
    expect(csv.data.every((r) => r['Service model'] === csv.data[0]['Service model'])).toBe(true);
  });

  it('exports a category page with its fixed category', async () => {
    const inCompute = doc.services.filter((s) => s.categories.includes('compute'));
    const res = await request(t.app).get('/categories/compute.csv').expect(200);
    expect(res.headers['content-disposition']).toContain('cloudmarkt-compute-2026-11-28.csv');
    const csv = read(res.text);
    expect(csv.data.map((r) => r.Id).sort()).toEqual(inCompute.map((s) => s.id).sort());
    const narrowed = await request(t.app).get('/categories/compute.csv?model=saas').expect(200);
    expect(read(narrowed.text).data.length).toBe(inCompute.filter((s) => s.serviceModel === 'saas').length);
  });

  it('is linked from the list pages with their selection, and counts what the page counts', async () => {
    for (const page of ['/services?model=saas&page=2&perPage=5', '/categories/compute?model=iaas']) {
      const $ = cheerio.load((await request(t.app).get(page).expect(200)).text);
      const href = $('[data-test=csv-link] a').attr('href') ?? '';
      expect(href).toMatch(/^\/(services|categories\/compute)\.csv\?model=(saas|iaas)/);
      expect(href).not.toContain('page=2');
      const csv = read((await request(t.app).get(href).expect(200)).text);
      const api = await request(t.app)
        .get(
          `/api/v1/services?${href.split('?')[1]}${page.startsWith('/categories') ? '&category=compute' : ''}`,
        )
        .expect(200);
      expect(csv.data).toHaveLength(api.body.total);
      // The same order: the CSV starts with the API's first page.
      const firstPage = api.body.items.map((i: { id: string }) => i.id);
      expect(csv.data.slice(0, firstPage.length).map((r) => r.Id)).toEqual(firstPage);
    }
  });

  it('exports search results in the same order as the API, and leaves out words that cannot be searched', async () => {
    const csv = read((await request(t.app).get('/services.csv?q=nextcloud').expect(200)).text);
    const api = await request(t.app).get('/api/v1/services?q=nextcloud&perPage=100').expect(200);
    expect(csv.data.map((r) => r.Id)).toEqual(api.body.items.map((i: { id: string }) => i.id));
    expect(csv.header.Selectie).toContain('nextcloud');
    const unsearchable = read((await request(t.app).get('/services.csv?q=de').expect(200)).text);
    expect(unsearchable.data).toHaveLength(doc.services.length);
  });

  it('rejects bad parameters with the same 400 page as the list, and unknown categories with 404', async () => {
    const res = await request(t.app).get('/services.csv?level=9').expect(400);
    expect(cheerio.load(res.text)('[data-test=problem]').attr('data-parameter')).toBe('level');
    const fixed = await request(t.app).get('/categories/compute.csv?category=storage').expect(400);
    expect(cheerio.load(fixed.text)('[data-test=problem]').attr('data-parameter')).toBe('category');
    await request(t.app).get('/categories/no-such-category.csv').expect(404);
  });
});
