import * as cheerio from 'cheerio';
import request from 'supertest';
import { createTestApp, referenceCatalogue, type TestApp } from '../../support/test-app';

/*
 * The broker page over the reference catalogue. Expected sets are computed from the data (service
 * model, provider type), not copied from the page, so the tests check the rules, not themselves.
 */
describe('/broker', () => {
  let t: TestApp;
  const doc = referenceCatalogue();
  const providerType = new Map(doc.providers.map((p) => [p.id, p.type]));

  beforeAll(async () => {
    t = await createTestApp({ document: doc });
  });

  const ids = ($: cheerio.CheerioAPI, test: string) =>
    $(`[data-test=${test}]`)
      .map((_i, el) => $(el).attr('data-id'))
      .get();

  it('shows the form with the six profiles and no result before a profile is chosen', async () => {
    const res = await request(t.app).get('/broker').expect(200);
    const $ = cheerio.load(res.text);
    expect($('[data-test=broker-form]').attr('method')).toBe('get');
    expect($('[data-test=profile-option] input[type=radio][name=profile]')).toHaveLength(6);
    expect($('[data-test=broker-result]')).toHaveLength(0);
    expect($('label[for=profile-state-secret]').text()).toBe('Staatsgeheim');
  });

  it('splits the catalogue into included and excluded services, each excluded one with reasons', async () => {
    const res = await request(t.app).get('/broker?profile=internal').expect(200);
    const $ = cheerio.load(res.text);
    const included = ids($, 'included-service');
    const excluded = ids($, 'excluded-service');
    expect(included.length + excluded.length).toBe(doc.services.length);
    expect(new Set([...included, ...excluded]).size).toBe(doc.services.length);
    // Microsoft 365 stores data outside the EEA by contract: its data level cannot reach 2.
    expect(excluded).toContain('microsoft-365');
    const m365 = $('[data-test=excluded-service][data-id=microsoft-365] [data-test=failure]')
      .map((_i, el) => $(el).text())
      .get();
    expect(
      m365.some((f) => /^Niet (voldaan|aangetoond): data: niveau \d, het profiel vraagt 2/.test(f)),
    ).toBe(true);
    expect($('[data-test=excluded-service] [data-test=failure]').length).toBeGreaterThanOrEqual(
      excluded.length,
    );
    expect($('[data-test=profile-option][data-value=internal] input').attr('checked')).toBeDefined();
    expect($('[data-test=included-count]').text()).toMatch(
      new RegExp(`^${included.length} dienst(en)? vold`),
    );
  });

  it('names every failed must-have, and keeps the choices in the form', async () => {
    const res = await request(t.app)
      .get('/broker?profile=public&governmentOnly=true&maxNoticeDays=30&cert=ISO27001')
      .expect(200);
    const $ = cheerio.load(res.text);
    const included = ids($, 'included-service');
    for (const id of included)
      expect(providerType.get(doc.services.find((s) => s.id === id)!.providerId)).toBe('government');
    // No service in the reference data has a sourced notice period: nothing can be included.
    expect(included).toEqual([]);
    expect($('[data-test=none-included]')).toHaveLength(1);
    const aws = $('[data-test=excluded-service][data-id=aws-commercial-regions] [data-test=failure]');
    const texts = aws.map((_i, el) => $(el).text()).get();
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.stringContaining('is geen overheidsaanbieder'),
        expect.stringContaining('opzegtermijn niet met bron vastgelegd (eis: hoogstens 30 dagen)'),
      ]),
    );
    expect(aws.filter((_i, el) => $(el).attr('data-outcome') === 'notShown').length).toBeGreaterThan(0);
    expect($('#must-governmentOnly').attr('checked')).toBeDefined();
    expect($('#must-maxNoticeDays').val()).toBe('30');
    expect($('#cert-ISO27001').attr('checked')).toBeDefined();
  });

  it('for state secrets shows no public cloud at all and says why', async () => {
    const res = await request(t.app).get('/broker?profile=state-secret').expect(200);
    const $ = cheerio.load(res.text);
    expect($('[data-test=state-secret]').text()).toContain('geen publieke clouddiensten');
    const included = ids($, 'included-service').map((id) => doc.services.find((s) => s.id === id)!);
    expect(included.length).toBeGreaterThan(0);
    for (const s of included) {
      const selfHostedSoftware = s.serviceModel === 'software';
      expect(selfHostedSoftware || providerType.get(s.providerId) === 'government').toBe(true);
      expect(s.deployment ?? []).not.toContain('public');
    }
    // The openDesk SaaS is run by a government provider but hosted by STACKIT, a market provider.
    const saas = $(
      '[data-test=excluded-service][data-id=opendesk-enterprise-saas] [data-test=failure]',
    ).text();
    expect(saas).toContain('draait op STACKIT');
    expect(ids($, 'excluded-service')).toEqual(
      expect.arrayContaining(['microsoft-365', 'aws-commercial-regions']),
    );
  });

  it('links to the filtered catalogue, the planner and both downloads with the same query', async () => {
    const res = await request(t.app)
      .get('/broker?profile=personal-data&dataInNl=true&cert=ISO27001&dpa=true')
      .expect(200);
    const $ = cheerio.load(res.text);
    expect($('[data-test=catalogue-link]').attr('href')).toBe(
      '/services?minJurisdiction=2&minData=2&minOpenness=1&minAssurance=2&cert=ISO27001&location=NL',
    );
    const query = 'profile=personal-data&cert=ISO27001&dataInNl=true&dpa=true';
    expect($('[data-test=planner-link]').attr('href')).toBe(`/broker/planner?${query}`);
    expect($('[data-test=csv-link]').attr('href')).toBe(`/broker/shortlist.csv?${query}`);
    expect($('[data-test=ods-link]').attr('href')).toBe(`/broker/shortlist.ods?${query}`);
    await request(t.app).get($('[data-test=catalogue-link]').attr('href')!).expect(200);
  });

  it('speaks English with ?lang=en', async () => {
    const res = await request(t.app).get('/broker?profile=internal&lang=en').expect(200);
    const $ = cheerio.load(res.text);
    expect($('h1').text()).toBe('Services for your needs');
    expect($('[data-test=failure]').first().text()).toMatch(/^Not (met|shown): /);
  });

  it.each([
    ['/broker?profile=secret', 'profile', 'public'],
    ['/broker?profile=internal&cert=ISO9999', 'cert', 'ISO27001'],
    ['/broker?profile=internal&dpa=yes', 'dpa', 'true'],
    ['/broker?profile=internal&maxNoticeDays=-5', 'maxNoticeDays', undefined],
    ['/broker?profile=internal&maxNoticeDays=99999', 'maxNoticeDays', undefined],
    ['/broker?profile=internal&colour=red', 'colour', 'maxNoticeDays'],
    ['/broker/planner?profile=internal&profile=public', 'profile', undefined],
  ])('answers %s with a 400 naming the parameter', async (url, parameter, allowed) => {
    const res = await request(t.app).get(url).expect(400);
    const $ = cheerio.load(res.text);
    const problem = $(`[data-test=problem][data-parameter=${parameter}]`);
    expect(problem).toHaveLength(1);
    if (allowed) expect(problem.text()).toContain(allowed);
  });

  it('treats empty form fields as not chosen', async () => {
    const res = await request(t.app).get('/broker?profile=internal&maxNoticeDays=&dpa=').expect(200);
    const $ = cheerio.load(res.text);
    expect($('[data-test=requirement]').text()).not.toContain('opzegtermijn');
  });

  it('answers 503 while the database is down', async () => {
    const own = await createTestApp({ document: referenceCatalogue() });
    own.setDatabaseDown(true);
    await own.health.check();
    await request(own.app).get('/broker?profile=internal').expect(503);
  });
});
