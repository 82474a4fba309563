import request from 'supertest';
import type { CatalogueDocument } from '../../../src/domain/catalogue.types';
import { validateCatalogue } from '../../../src/services/catalogue/catalogue-loader';
import { createTestApp, referenceCatalogue, type TestApp } from '../../support/test-app';
import { responseChecker } from './api-test-support';

describe('JSON API /api/v1', () => {
  let t: TestApp;
  let doc: CatalogueDocument;
  let check: (path: string, status: number, body: unknown) => string[];

  beforeAll(async () => {
    doc = referenceCatalogue();
    t = await createTestApp({ document: doc });
    const openapi = await request(t.app).get('/api/v1/openapi.json').expect(200);
    check = responseChecker(openapi.body as object);
  });

  const get = (url: string, status: number) =>
    request(t.app)
      .get(url)
      .expect('Content-Type', /application\/json/)
      .expect(status);

  describe('GET /services', () => {
    it('lists the first page of all services in the default order, with facets', async () => {
      const res = await get('/api/v1/services', 200);
      expect(check('/api/v1/services', 200, res.body)).toEqual([]);
      expect(res.body).toMatchObject({
        total: doc.services.length,
        page: 1,
        perPage: 20,
        assessedOn: '2026-11-28',
        view: 'default',
      });
      expect(res.body.items).toHaveLength(20);
      const first = t.store.current().services[0];
      // The reference catalogue has no checked sources yet: nothing counts in the checked-only view.
      const checked = t.store.checkedOnly().serviceById.get(first.service.id)?.assessment;
      expect(res.body.items[0]).toEqual({
        id: first.service.id,
        name: first.service.name,
        providerId: first.service.providerId,
        categories: first.service.categories,
        serviceModel: first.service.serviceModel,
        sovereignty: {
          overall: first.assessment.overall,
          jurisdiction: first.assessment.dimensions.jurisdiction.level,
          data: first.assessment.dimensions.data.level,
          openness: first.assessment.dimensions.openness.level,
          assurance: first.assessment.dimensions.assurance.applicable
            ? first.assessment.dimensions.assurance.level
            : null,
          limitedBy: first.assessment.limitedBy,
        },
        sovereigntyCheckedOnly: {
          overall: checked?.overall,
          jurisdiction: checked?.dimensions.jurisdiction.level,
          data: checked?.dimensions.data.level,
          openness: checked?.dimensions.openness.level,
          assurance: checked?.dimensions.assurance.applicable ? checked.dimensions.assurance.level : null,
          limitedBy: checked?.limitedBy,
        },
      });
      expect(res.body.items[0].sovereigntyCheckedOnly.overall).toBe(0);
    });

    it('filters with the list vocabulary and counts facet options without their own selection', async () => {
      const res = await get('/api/v1/services?model=saas&perPage=100', 200);
      expect(check('/api/v1/services', 200, res.body)).toEqual([]);
      const saas = doc.services.filter((s) => s.serviceModel === 'saas');
      const paas = doc.services.filter((s) => s.serviceModel === 'paas');
      expect(res.body.total).toBe(saas.length);
      expect(res.body.items.map((i: { id: string }) => i.id).sort()).toEqual(saas.map((s) => s.id).sort());
      const decoy = doc.services.find((s) => s.serviceModel === 'iaas');
      expect(res.body.items.some((i: { id: string }) => i.id === decoy?.id)).toBe(false);
      const modelFacet = res.body.facets.model as { value: string; count: number; selected: boolean }[];
      expect(modelFacet.find((o) => o.value === 'paas')).toEqual({
        value: 'paas',
        count: paas.length,
        selected: false,
      });
      expect(modelFacet.find((o) => o.value === 'saas')).toEqual({
        value: 'saas',
        count: saas.length,
        selected: true,
      });
    });

    it('applies a minimum level and pages through the selection', async () => {
      const atLeast2 = t.store.current().services.filter((e) => e.assessment.overall >= 2);
      const res = await get('/api/v1/services?level=2&perPage=5&page=2', 200);
      expect(res.body.total).toBe(atLeast2.length);
      expect(res.body.page).toBe(2);
      expect(res.body.items.map((i: { id: string }) => i.id)).toEqual(
        atLeast2.slice(5, 10).map((e) => e.service.id),
      );
      const pageCount = Math.ceil(atLeast2.length / 5);
      expect(res.body.links).toEqual({
        self: '/api/v1/services?level=2&perPage=5&page=2',
        first: '/api/v1/services?level=2&perPage=5',
        prev: '/api/v1/services?level=2&perPage=5',
        next: '/api/v1/services?level=2&perPage=5&page=3',
        last: `/api/v1/services?level=2&perPage=5&page=${pageCount}`,
      });
    });

    it('searches with q, combined with filters', async () => {
      const res = await get('/api/v1/services?q=nextcloud&perPage=100', 200);
      expect(res.body.items.map((i: { id: string }) => i.id)).toContain('nextcloud-hub');
      expect(res.body.total).toBeLessThan(doc.services.length);
      const none = await get('/api/v1/services?q=nextcloud&model=iaas', 200);
      expect(none.body.items.some((i: { id: string }) => i.id === 'nextcloud-hub')).toBe(false);
    });

    it('rejects bad values with 400 naming the parameter and the allowed values', async () => {
      const res = await get('/api/v1/services?level=9&colour=red', 400);
      expect(check('/api/v1/services', 400, res.body)).toEqual([]);
      expect(res.body.error.code).toBe('bad_request');
      const byParameter = Object.fromEntries(
        (res.body.error.details as { parameter: string; allowed?: string[] }[]).map((d) => [d.parameter, d]),
      );
      expect(byParameter.level.allowed).toEqual(['0', '1', '2', '3', '4']);
      expect(byParameter.colour.allowed).toContain('cert');
      const category = await get('/api/v1/services?category=no-such-category', 400);
      expect(category.body.error.details[0].parameter).toBe('category');
      expect(category.body.error.details[0].allowed).toEqual(doc.categories.map((c) => c.id));
    });

    it('answers a search that cannot run with 400 on q', async () => {
      const res = await get('/api/v1/services?q=de', 400);
      expect(res.body.error.details).toEqual([{ parameter: 'q', message: expect.any(String) }]);
    });
  });

  describe('GET /services/{id}', () => {
    it('returns the whole service with what it runs on and the full assessment', async () => {
      const source = doc.services.find((s) => (s.runsOn?.length ?? 0) > 0);
      if (!source) throw new Error('the reference catalogue should have a service that runs on another');
      const res = await get(`/api/v1/services/${source.id}`, 200);
      expect(check('/api/v1/services/{id}', 200, res.body)).toEqual([]);
      expect(res.body.service).toEqual(source);
      expect(res.body.provider.id).toBe(source.providerId);
      expect(res.body.runsOn.map((r: { id: string }) => r.id)).toEqual(source.runsOn);
      const base = await get(`/api/v1/services/${source.runsOn?.[0]}`, 200);
      expect(base.body.runBy.map((r: { id: string }) => r.id)).toContain(source.id);
      const assessment = t.store.current().serviceById.get(source.id)?.assessment;
      expect(res.body.assessment.overall).toBe(assessment?.overall);
      for (const [dimension, d] of Object.entries(assessment?.dimensions ?? {})) {
        const json = res.body.assessment.dimensions[dimension];
        expect(json.level).toBe(d.level);
        expect(json.passed.map((r: { code: string }) => r.code)).toEqual(
          d.rungs.filter((r) => r.passed).map((r) => r.code),
        );
        expect(json.failed.map((r: { code: string }) => r.code)).toEqual(
          d.rungs.filter((r) => !r.passed).map((r) => r.code),
        );
        expect(json.passed.length + json.failed.length).toBe(4);
      }
    });

    it('marks each evidence entry as counting or not, with the reason', async () => {
      const expired = doc.services.find((s) =>
        s.evidence?.some(
          (e) =>
            (e.sources?.length ?? 0) > 0 && e.coversService && e.validUntil && e.validUntil < '2026-11-28',
        ),
      );
      const source = expired ?? doc.services.find((s) => (s.evidence?.length ?? 0) > 0);
      if (!source?.evidence) throw new Error('the reference catalogue should have a service with evidence');
      const res = await get(`/api/v1/services/${source.id}`, 200);
      expect(check('/api/v1/services/{id}', 200, res.body)).toEqual([]);
      expect(res.body.evidence.map((e: { scheme: string }) => e.scheme)).toEqual(
        source.evidence.map((e) => e.scheme),
      );
      source.evidence.forEach((entry, i) => {
        const counting =
          (entry.sources?.length ?? 0) > 0 &&
          entry.coversService === true &&
          entry.status !== 'in-progress' &&
          !(entry.validUntil && entry.validUntil < '2026-11-28');
        expect(res.body.evidence[i].counting).toBe(counting);
        expect(res.body.evidence[i].notCountingReason === undefined).toBe(counting);
      });
    });

    it('gives reasons in the language of ?lang', async () => {
      const id = doc.services[0].id;
      const nl = await get(`/api/v1/services/${id}`, 200);
      const en = await get(`/api/v1/services/${id}?lang=en`, 200);
      const reason = (body: {
        assessment: { dimensions: { data: { failed: unknown[]; passed: unknown[] } } };
      }) =>
        (
          [...body.assessment.dimensions.data.passed, ...body.assessment.dimensions.data.failed][0] as {
            reason: { key: string; text: string };
          }
        ).reason;
      expect(reason(nl.body).key).toBe(reason(en.body).key);
      expect(reason(nl.body).text).not.toBe(reason(en.body).text);
      expect(reason(en.body).text).not.toContain('sovereignty.');
    });

    it('answers 404 for an unknown or impossible id and 400 for an unknown parameter', async () => {
      const missing = await get('/api/v1/services/no-such-service', 404);
      expect(check('/api/v1/services/{id}', 404, missing.body)).toEqual([]);
      expect(missing.body.error.code).toBe('not_found');
      await get('/api/v1/services/Not_An_Id', 404);
      const bad = await get(`/api/v1/services/${doc.services[0].id}?level=3`, 400);
      expect(bad.body.error.details).toEqual([
        { parameter: 'level', message: expect.any(String), allowed: ['lang'] },
      ]);
    });
  });

  describe('providers, categories, capabilities', () => {
    it('lists providers with the ids of their services, one page of 20 by default', async () => {
      const res = await get('/api/v1/providers', 200);
      expect(check('/api/v1/providers', 200, res.body)).toEqual([]);
      expect(res.body).toMatchObject({
        total: doc.providers.length,
        page: 1,
        perPage: 20,
        pageCount: Math.ceil(doc.providers.length / 20),
        links: { self: '/api/v1/providers', first: '/api/v1/providers', next: '/api/v1/providers?page=2' },
      });
      expect(res.body.links.prev).toBeUndefined();
      expect(res.body.items.map((p: { id: string }) => p.id)).toEqual(
        doc.providers.slice(0, 20).map((p) => p.id),
      );
      const provider = doc.providers[0];
      const item = res.body.items.find((p: { id: string }) => p.id === provider.id);
      expect(item).toMatchObject(provider);
      expect(item.serviceIds.sort()).toEqual(
        doc.services
          .filter((s) => s.providerId === provider.id)
          .map((s) => s.id)
          .sort(),
      );
    });

    it('pages through every provider exactly once, with links that keep the other parameters', async () => {
      const seen: string[] = [];
      let url: string | undefined = '/api/v1/providers?perPage=7&lang=en';
      while (url) {
        const res = await get(url, 200);
        expect(check('/api/v1/providers', 200, res.body)).toEqual([]);
        expect(res.body.items.length).toBeLessThanOrEqual(7);
        seen.push(...res.body.items.map((p: { id: string }) => p.id));
        if (res.body.links.next) expect(res.body.links.next).toMatch(/perPage=7&lang=en&page=\d+$/);
        url = res.body.links.next;
      }
      expect(seen).toEqual(doc.providers.map((p) => p.id));
      const last = await get('/api/v1/providers?perPage=7&page=2', 200);
      expect(last.body.links).toEqual({
        self: '/api/v1/providers?perPage=7&page=2',
        first: '/api/v1/providers?perPage=7',
        prev: '/api/v1/providers?perPage=7',
        next: '/api/v1/providers?perPage=7&page=3',
        last: `/api/v1/providers?perPage=7&page=${Math.ceil(doc.providers.length / 7)}`,
      });
      const beyond = await get('/api/v1/providers?page=99', 200);
      expect(beyond.body).toMatchObject({ total: doc.providers.length, page: 99, items: [] });
      expect(beyond.body.links.next).toBeUndefined();
    });

    it('filters by type and by headquarters country (any of the values, both together)', async () => {
      const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((p) => p.id);
      const expected = (keep: (p: (typeof doc.providers)[number]) => boolean) =>
        doc.providers.filter(keep).map((p) => p.id);

      const government = await get('/api/v1/providers?type=government&perPage=100', 200);
      expect(check('/api/v1/providers', 200, government.body)).toEqual([]);
      expect(ids(government)).toEqual(expected((p) => p.type === 'government'));
      expect(government.body.total).toBeGreaterThan(0);
      expect(government.body.total).toBeLessThan(doc.providers.length);

      const deFr = await get('/api/v1/providers?country=DE&country=fr&perPage=100', 200);
      expect(ids(deFr)).toEqual(expected((p) => p.hqCountry === 'DE' || p.hqCountry === 'FR'));
      expect(deFr.body.total).toBe(deFr.body.items.length);
      expect(ids(deFr)).not.toContain(doc.providers.find((p) => p.hqCountry === 'NL')?.id);

      const marketNl = await get('/api/v1/providers?type=market&country=NL&perPage=100', 200);
      expect(ids(marketNl)).toEqual(expected((p) => p.type === 'market' && p.hqCountry === 'NL'));
      expect(ids(marketNl)).not.toContain(doc.providers.find((p) => p.type === 'government')?.id);

      const none = await get('/api/v1/providers?country=JP', 200);
      expect(none.body).toMatchObject({ total: 0, pageCount: 1, items: [] });
    });

    it.each([
      ['type=public', 'type', ['market', 'government']],
      ['country=Netherlands', 'country', undefined],
      ['country=XX', 'country', undefined],
      ['perPage=101', 'perPage', undefined],
      ['perPage=0', 'perPage', undefined],
      ['page=0', 'page', undefined],
      ['page=two', 'page', undefined],
      ['page=1&page=2', 'page', undefined],
      ['lang=de', 'lang', ['nl', 'en']],
      ['level=2', 'level', ['type', 'country', 'page', 'perPage', 'lang']],
    ])('answers ?%s with a 400 naming %s', async (queryString, parameter, allowed) => {
      const res = await get(`/api/v1/providers?${queryString}`, 400);
      expect(check('/api/v1/providers', 400, res.body)).toEqual([]);
      // lang is checked first, for every route, by the language middleware (its text is "onbekende taal").
      const named = parameter === 'lang' ? 'taal' : parameter;
      expect(res.body.error.details).toEqual([
        { parameter, message: expect.stringContaining(named), ...(allowed ? { allowed } : {}) },
      ]);
    });

    it('returns one provider with its services, or 404', async () => {
      const provider = doc.providers[1];
      const res = await get(`/api/v1/providers/${provider.id}`, 200);
      expect(check('/api/v1/providers/{id}', 200, res.body)).toEqual([]);
      expect(res.body.provider).toEqual(provider);
      expect(res.body.services.map((s: { id: string }) => s.id).sort()).toEqual(
        doc.services
          .filter((s) => s.providerId === provider.id)
          .map((s) => s.id)
          .sort(),
      );
      const missing = await get('/api/v1/providers/no-such-provider', 404);
      expect(check('/api/v1/providers/{id}', 404, missing.body)).toEqual([]);
      await get(`/api/v1/providers/${provider.id}?x=1`, 400);
    });

    it('lists categories and capabilities with their number of services', async () => {
      const categories = await get('/api/v1/categories', 200);
      expect(check('/api/v1/categories', 200, categories.body)).toEqual([]);
      expect(categories.body.total).toBe(doc.categories.length);
      for (const item of categories.body.items as { id: string; serviceCount: number }[]) {
        expect(item.serviceCount).toBe(doc.services.filter((s) => s.categories.includes(item.id)).length);
      }
      const capabilities = await get('/api/v1/capabilities', 200);
      expect(check('/api/v1/capabilities', 200, capabilities.body)).toEqual([]);
      expect(capabilities.body.total).toBe(doc.capabilities.length);
      for (const item of capabilities.body.items as { id: string; serviceCount: number }[]) {
        expect(item.serviceCount).toBe(doc.services.filter((s) => s.capabilities?.includes(item.id)).length);
      }
      expect(capabilities.body.items.some((c: { serviceCount: number }) => c.serviceCount > 0)).toBe(true);
      await get('/api/v1/categories?lot=platform', 400);
      await get('/api/v1/capabilities?q=teams', 400);
    });
  });

  describe('GET /catalogue', () => {
    it('returns the whole document, valid against the catalogue schema and the loader', async () => {
      const res = await get('/api/v1/catalogue', 200);
      expect(check('/api/v1/catalogue', 200, res.body)).toEqual([]);
      expect(validateCatalogue(res.body)).toEqual({ ok: true, document: res.body });
      expect(res.body).toEqual(doc);
      await get('/api/v1/catalogue?format=xml', 400);
    });

    it('fails the schema check for a response that is not a catalogue (the check can fail)', () => {
      const broken = { ...doc, services: [{ id: 'x' }] };
      expect(check('/api/v1/catalogue', 200, broken)).not.toEqual([]);
    });
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await get('/api/v1/nothing-here', 404);
    expect(res.body.error.code).toBe('not_found');
  });
});
