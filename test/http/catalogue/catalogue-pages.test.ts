import * as cheerio from 'cheerio';
import request from 'supertest';
import type { CatalogueDocument } from '../../../src/domain/catalogue.types';
import { createTestApp, referenceCatalogue, type TestApp } from '../../support/test-app';

describe('catalogue pages', () => {
  let t: TestApp;
  let doc: CatalogueDocument;

  beforeAll(async () => {
    doc = referenceCatalogue();
    t = await createTestApp({ document: doc });
  });

  describe('home', () => {
    it('shows the three lots with their categories and the number of services in each', async () => {
      const res = await request(t.app).get('/').expect(200);
      const $ = cheerio.load(res.text);
      expect($('html').attr('lang')).toBe('nl');
      expect($('[data-test=lot]')).toHaveLength(3);
      expect($('[data-test=category]')).toHaveLength(doc.categories.length);
      const compute = $('[data-test=category]').filter(
        (_i, el) => $(el).find('a').attr('href') === '/categories/compute',
      );
      const expected = doc.services.filter((s) => s.categories.includes('compute')).length;
      expect(compute.find('[data-test=category-count]').text()).toBe(`${expected} diensten`);
      expect($('form[role=search] input[name=q]')).toHaveLength(1);
    });

    it('switches to English with ?lang=en, remembers it in a cookie and links back to Dutch', async () => {
      const res = await request(t.app).get('/?lang=en').expect(200);
      const $ = cheerio.load(res.text);
      expect($('html').attr('lang')).toBe('en');
      expect($('h1').text()).toBe('Sovereign and European cloud services');
      expect($('[data-test=lang-switch]').attr('href')).toBe('/?lang=nl');
      expect(res.headers['set-cookie']?.[0]).toMatch(/^lang=en;/);
      const again = await request(t.app).get('/').set('Cookie', 'lang=en').expect(200);
      expect(cheerio.load(again.text)('html').attr('lang')).toBe('en');
    });

    it('keeps the rest of the URL in the language switch link', async () => {
      const res = await request(t.app).get('/services/logius-digid?x=1').expect(200);
      expect(cheerio.load(res.text)('[data-test=lang-switch]').attr('href')).toBe(
        '/services/logius-digid?x=1&lang=en',
      );
    });

    it('rejects an unknown language with a 400 page naming the parameter', async () => {
      const res = await request(t.app).get('/?lang=de').expect(400);
      const $ = cheerio.load(res.text);
      expect($('[data-test=problem]').attr('data-parameter')).toBe('lang');
      expect($('[data-test=problem]').text()).toContain('nl, en');
    });
  });

  describe('service page', () => {
    it('shows every fact with its sources, and marks unsourced facts as unverified', async () => {
      const res = await request(t.app).get('/services/microsoft-365').expect(200);
      const $ = cheerio.load(res.text);
      expect($('h1').text()).toBe(doc.services.find((s) => s.id === 'microsoft-365')?.name);
      // Microsoft 365's licence fact has no source in the reference data (CATALOGUE-NOTES.md).
      const licence = $('[data-test=fact][data-path=openSource]');
      expect(licence.attr('data-state')).toBe('unverified');
      expect(licence.find('[data-test=unverified]')).toHaveLength(1);
      const locations = $('[data-test=fact][data-path="data.contractualEeaOnly"]');
      expect(locations.attr('data-state')).toBe('value');
      expect(locations.find('[data-test=source] a').length).toBeGreaterThan(0);
      // A fact the catalogue does not have is not a row but named in its group's "not in the catalogue" line.
      const m365 = doc.services.find((s) => s.id === 'microsoft-365');
      const missing = Object.keys(m365?.contract ?? {}).includes('liabilityCap')
        ? undefined
        : 'contract.liabilityCap';
      const line = $('[data-test=unknown-facts][data-group=contract]');
      if (missing) {
        expect($(`[data-test=fact][data-path="${missing}"]`)).toHaveLength(0);
        expect(line.attr('data-paths')?.split(' ')).toContain(missing);
        expect(line.text()).toContain('aansprakelijkheidslimiet');
      }
      expect(line.text()).toMatch(/^Niet in de catalogus: .+ — vraag het de aanbieder\.$/);
    });

    it('says a minimum term of 0 months is no minimum term, not "0 maanden"', async () => {
      const none = doc.services.find((s) => s.contract?.minimumTermMonths?.value === 0);
      expect(none).toBeDefined();
      const res = await request(t.app).get(`/services/${none?.id}`).expect(200);
      const fact = cheerio.load(res.text)('[data-test=fact][data-path="contract.minimumTermMonths"]');
      expect(fact.find('[data-test=fact-value]').text()).toBe('geen minimale looptijd');
    });

    it('marks expired evidence relative to the assessment date', async () => {
      const azure = doc.services.find((s) =>
        (s.evidence ?? []).some((e) => e.validUntil && e.validUntil < '2026-11-28'),
      );
      expect(azure).toBeDefined();
      const res = await request(t.app).get(`/services/${azure?.id}`).expect(200);
      expect(cheerio.load(res.text)('[data-test=evidence] [data-test=expired]').length).toBeGreaterThan(0);
    });

    it('shows the supply chain both ways', async () => {
      const saas = await request(t.app).get('/services/opendesk-enterprise-saas').expect(200);
      expect(cheerio.load(saas.text)('[data-test=runs-on] a').attr('href')).toBe(
        '/services/stackit-cloud-iaas-paas',
      );
      const base = await request(t.app).get('/services/stackit-cloud-iaas-paas').expect(200);
      expect(cheerio.load(base.text)('[data-test=run-by] a').attr('href')).toBe(
        '/services/opendesk-enterprise-saas',
      );
    });

    it('falls back to Dutch catalogue text where English is missing', async () => {
      const custom = referenceCatalogue();
      custom.services[0].summary = { nl: 'Alleen Nederlandse samenvatting' };
      const app = (await createTestApp({ document: custom })).app;
      const res = await request(app).get(`/services/${custom.services[0].id}?lang=en`).expect(200);
      expect(cheerio.load(res.text)('[data-test=summary]').text()).toBe('Alleen Nederlandse samenvatting');
    });

    it('answers 404 naming an unknown id, and for ids that cannot exist', async () => {
      const res = await request(t.app).get('/services/no-such-service').expect(404);
      expect(cheerio.load(res.text)('[data-test=not-found]').text()).toContain('no-such-service');
      await request(t.app).get('/services/NOT%20AN%20ID').expect(404);
    });
  });

  describe('provider page', () => {
    it("shows the provider's facts and lists exactly its services", async () => {
      const res = await request(t.app).get('/providers/ovhcloud').expect(200);
      const $ = cheerio.load(res.text);
      expect($('[data-test=provider-control]').attr('data-state')).toBe('value');
      const expected = doc.services
        .filter((s) => s.providerId === 'ovhcloud')
        .map((s) => `/services/${s.id}`);
      const shown = $('[data-test=provider-service] h3 a')
        .map((_i, a) => $(a).attr('href'))
        .get();
      expect(shown.sort()).toEqual(expected.sort());
      // Levels are shown, so is whose assessment they are and on which date.
      expect($('[data-test=assessment-note]').text()).toContain('28 november 2026');
    });

    it('answers 404 for an unknown provider', async () => {
      const res = await request(t.app).get('/providers/nobody').expect(404);
      expect(cheerio.load(res.text)('[data-test=not-found]').text()).toContain('nobody');
    });
  });

  describe('errors and operations', () => {
    it('answers an unknown URL with a helpful 404 page', async () => {
      const res = await request(t.app).get('/no/such/page').expect(404);
      expect(cheerio.load(res.text)('a[href="/services"]').length).toBeGreaterThan(0);
    });

    it('reports liveness and readiness', async () => {
      await request(t.app).get('/healthz').expect(200, { status: 'ok' });
      const ready = await request(t.app).get('/readyz').expect(200);
      expect(ready.body.checks).toEqual({ database: 'up', catalogue: 'loaded', search: 'ready' });
    });

    it('answers 503 pages and JSON while the database is down, and recovers', async () => {
      const own = await createTestApp();
      own.setDatabaseDown(true);
      await own.health.check();
      const page = await request(own.app).get('/').expect(503);
      expect(cheerio.load(page.text)('[data-test=error-503]')).toHaveLength(1);
      const api = await request(own.app).get('/api/v1/services').expect(503);
      expect(api.body.error.code).toBe('service_unavailable');
      await request(own.app).get('/readyz').expect(503);
      await request(own.app).get('/healthz').expect(200);
      own.setDatabaseDown(false);
      await own.health.check();
      await request(own.app).get('/').expect(200);
    });

    it('rejects invalid percent-encoding and oversized URLs with 400, not 500', async () => {
      await request(t.app).get('/services?q=%E0%A4%A').expect(400);
      await request(t.app)
        .get(`/?x=${'a'.repeat(5000)}`)
        .expect(400);
    });

    it('sends a strict content security policy and no version header', async () => {
      const res = await request(t.app).get('/').expect(200);
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['x-powered-by']).toBeUndefined();
    });
  });
});
