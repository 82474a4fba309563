import * as cheerio from 'cheerio';
import request from 'supertest';
import { knownParameters } from '../../../src/validators/filter-query';
import { createTestApp, type TestApp } from '../../support/test-app';

describe('API page /api', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  it('describes the API in Dutch and links to the OpenAPI document', async () => {
    const res = await request(t.app).get('/api').expect(200);
    const $ = cheerio.load(res.text);
    expect($('html').attr('lang')).toBe('nl');
    expect($('h1').text()).toBe('Open data: API en downloads');
    expect($('[data-test=openapi-link]').attr('href')).toBe('/api/v1/openapi.json');
    // One row per path of the OpenAPI description, in its order.
    const paths = Object.keys((await request(t.app).get('/api/v1/openapi.json').expect(200)).body.paths);
    expect(
      $('[data-test=endpoint]')
        .map((_i, el) => $(el).find('code').first().text())
        .get(),
    ).toEqual(paths.map((p) => `GET ${p}`));
    expect(
      $('[data-test=parameter]')
        .map((_i, el) => $(el).attr('data-parameter'))
        .get()
        .sort(),
    ).toEqual(knownParameters().sort());
    expect($('[data-test=parameter][data-parameter=lot] td').last().text()).toBe(
      'infrastructure, platform, workplace',
    );
  });

  it('is in English with ?lang=en', async () => {
    const $ = cheerio.load((await request(t.app).get('/api?lang=en').expect(200)).text);
    expect($('html').attr('lang')).toBe('en');
    expect($('h1').text()).toBe('Open data: API and downloads');
  });

  it('is linked from the footer of every page', async () => {
    const $ = cheerio.load((await request(t.app).get('/').expect(200)).text);
    expect($('footer [data-test=api-link]').attr('href')).toBe('/api');
  });

  it('has example links that all work', async () => {
    const $ = cheerio.load((await request(t.app).get('/api').expect(200)).text);
    const links = $('[data-test=endpoint] a, [data-test=csv-example]')
      .map((_i, el) => $(el).attr('href'))
      .get();
    // An example per endpoint and the CSV download.
    expect(links).toHaveLength($('[data-test=endpoint]').length + 1);
    // The history is stored in the database, which this app has not: /api/v1/changes is exercised
    // by test/db/catalogue-history.test.ts.
    for (const href of links.filter((l) => !l.startsWith('/api/v1/changes')))
      expect([href, (await request(t.app).get(href)).status]).toEqual([href, 200]);
  });
});
