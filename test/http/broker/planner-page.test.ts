import * as cheerio from 'cheerio';
import request from 'supertest';
import type { CatalogueDocument } from '../../../src/domain/catalogue.types';
import { createTestApp, referenceCatalogue, type TestApp } from '../../support/test-app';

describe('/broker/planner', () => {
  let t: TestApp;
  let doc: CatalogueDocument;

  beforeAll(async () => {
    doc = referenceCatalogue();
    t = await createTestApp({ document: doc });
  });

  it('without a profile shows only the form', async () => {
    const $ = cheerio.load((await request(t.app).get('/broker/planner').expect(200)).text);
    expect($('[data-test=broker-form]').attr('action')).toBe('/broker/planner');
    expect($('[data-test=matrix]')).toHaveLength(0);
  });

  it('has a row per capability with the Microsoft products it replaces', async () => {
    const $ = cheerio.load((await request(t.app).get('/broker/planner?profile=internal').expect(200)).text);
    const rows = $('[data-test=matrix-row]');
    expect(rows.map((_i, el) => $(el).attr('data-id')).get()).toEqual(doc.capabilities.map((c) => c.id));
    const mail = $('[data-test=matrix-row][data-id=mail-calendar] [data-test=replaces]').text();
    expect(mail).toBe(doc.capabilities.find((c) => c.id === 'mail-calendar')!.replaces!.join(', '));
  });

  it('shows suites as one column covering several capabilities, first', async () => {
    const $ = cheerio.load((await request(t.app).get('/broker/planner?profile=internal').expect(200)).text);
    const columns = $('[data-test=matrix-column]');
    const first = columns.first();
    expect(first.attr('data-suite')).toBe('true');
    const openDeskIndex = columns
      .map((_i, el) => $(el).attr('data-id'))
      .get()
      .indexOf('opendesk');
    expect(openDeskIndex).toBeGreaterThanOrEqual(0);
    const openDesk = doc.services.find((s) => s.id === 'opendesk')!;
    const covered = $('[data-test=matrix-row]')
      .filter((_i, row) => $(row).find('[data-test=cell]').eq(openDeskIndex).attr('data-covered') === 'true')
      .map((_i, row) => $(row).attr('data-id'))
      .get();
    expect(covered.sort()).toEqual([...openDesk.capabilities!].sort());
  });

  it('makes gaps obvious, naming the services that provide the capability but fail', async () => {
    // A catalogue where only Microsoft 365 offers diagrams: under "internal" that is a gap.
    const own = referenceCatalogue();
    for (const s of own.services) {
      if (s.id !== 'microsoft-365') s.capabilities = s.capabilities?.filter((c) => c !== 'diagrams');
    }
    const app = (await createTestApp({ document: own })).app;
    const $ = cheerio.load((await request(app).get('/broker/planner?profile=internal').expect(200)).text);
    const diagrams = $('[data-test=matrix-row][data-id=diagrams]');
    expect(diagrams.attr('data-gap')).toBe('true');
    expect(diagrams.find('[data-test=row-gap]').text()).toBe(
      'Geen dienst voldoet aan dit profiel voor Diagrammen.',
    );
    expect(diagrams.find('[data-test=row-gap-excluded]').text()).toContain('Microsoft 365');
    expect(
      $('[data-test=gap]')
        .map((_i, el) => $(el).text())
        .get(),
    ).toEqual(['Geen dienst voldoet aan dit profiel voor Diagrammen.']);
    expect($('[data-test=gaps-summary]').text()).toBe('1 functie zonder passende dienst');
    // The decoy: a capability with candidates is no gap.
    expect($('[data-test=matrix-row][data-id=word-processing]').attr('data-gap')).toBe('false');
  });

  it('links back to the broker with the same query', async () => {
    const $ = cheerio.load(
      (await request(t.app).get('/broker/planner?profile=public&openSource=true').expect(200)).text,
    );
    expect($('[data-test=broker-link]').attr('href')).toBe('/broker?profile=public&openSource=true');
  });
});
