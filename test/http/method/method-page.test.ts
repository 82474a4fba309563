import * as cheerio from 'cheerio';
import request from 'supertest';
import { BUYER_PROFILES } from '../../../src/domain/broker/buyer-profiles';
import { createTestApp, type TestApp } from '../../support/test-app';

describe('GET /method', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ assessedOn: '2026-11-28' });
  });

  it('explains levels, every rung test, the CSF alignment and the assessment date in Dutch', async () => {
    const res = await request(t.app).get('/method').expect(200);
    const $ = cheerio.load(res.text);
    expect($('html').attr('lang')).toBe('nl');
    expect($('h1').text()).toBe('Hoe het soevereiniteitsniveau wordt bepaald');
    expect($('[data-test=level-row]')).toHaveLength(5);
    expect($('[data-test=level-row][data-level=4] td').first().text()).toBe(
      'Volledige digitale soevereiniteit',
    );
    expect($('[data-test=level-row][data-level=0] td').last().text()).toBe('SEAL-0');
    expect($('[data-test=method-dimension]')).toHaveLength(4);
    expect($('[data-test=rung]')).toHaveLength(16);
    expect(
      $('[data-test=csf-row] th')
        .map((_i, el) => $(el).text())
        .get(),
    ).toEqual(['SOV-1', 'SOV-2', 'SOV-3', 'SOV-4', 'SOV-5', 'SOV-6', 'SOV-7', 'SOV-8']);
    expect($('[data-test=method-intro]').text()).toContain('geen officieel SEAL-niveau');
    expect($('[data-test=method-assessed-on]').text()).toContain('28 november 2026');
  });

  it('shows the buyer profiles from their data file, with state secret outside public cloud', async () => {
    const $ = cheerio.load((await request(t.app).get('/method?lang=en').expect(200)).text);
    const rows = $('[data-test=profile-row]');
    expect(rows).toHaveLength(BUYER_PROFILES.length);
    const personal = rows.filter((_i, el) => $(el).find('th').text() === 'Personal data');
    expect(
      personal
        .find('[data-test=minimum]')
        .map((_i, el) => $(el).text())
        .get(),
    ).toEqual(['2', '2', '1', '2']);
    const secret = rows.filter((_i, el) => $(el).find('th').text() === 'State secret');
    expect(secret.find('[data-test=not-public-cloud]').text()).toBe('Not in public cloud');
    expect(secret.find('[data-test=minimum]')).toHaveLength(0);
    expect($('[data-test=profiles-disclaimer]').text()).toContain('not law');
  });

  it('describes the checked-only view by the name the filter uses, in both languages', async () => {
    const nl = cheerio.load((await request(t.app).get('/method').expect(200)).text);
    expect(nl('#checked-only').text()).toBe('Alleen gegevens gecontroleerd door de marktplaats');
    expect(nl('[data-test=method-checked-only]').text()).toContain('op of vóór de beoordelingsdatum');
    const en = cheerio.load((await request(t.app).get('/method?lang=en').expect(200)).text);
    expect(en('#checked-only').text()).toBe('Only facts checked by the marketplace');
    expect(en('[data-test=method-checked-only]').text()).toContain(
      'checked on or before the assessment date',
    );
    // A1 counts any sourced entry, even one that does not count for A2 (SOVEREIGNTY.md, A1).
    expect(en('[data-test=rung][data-code=A1] td').text()).toContain('with a source');
  });

  it('is linked from the main navigation', async () => {
    const $ = cheerio.load((await request(t.app).get('/method').expect(200)).text);
    expect($('nav a[href="/method"]')).toHaveLength(1);
  });

  it('answers 503 while the database is down', async () => {
    const own = await createTestApp();
    own.setDatabaseDown(true);
    await own.health.check();
    await request(own.app).get('/method').expect(503);
  });

  it('rejects an unknown language with 400', async () => {
    await request(t.app).get('/method?lang=fr').expect(400);
  });
});
