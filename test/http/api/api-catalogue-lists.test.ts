import { validateCatalogue } from '../../../src/services/catalogue/catalogue-loader';
import { useApiApp } from './api-test-support';

describe('JSON API /api/v1: providers, categories, capabilities, catalogue', () => {
  const api = useApiApp();
  const get = (url: string, status: number) => api.get(url, status);

  describe('providers, categories, capabilities', () => {
    it('lists providers with the ids of their services, one page of 20 by default', async () => {
      const res = await get('/api/v1/providers', 200);
      expect(api.check('/api/v1/providers', 200, res.body)).toEqual([]);
      expect(res.body).toMatchObject({
        total: api.doc.providers.length,
        page: 1,
        perPage: 20,
        pageCount: Math.ceil(api.doc.providers.length / 20),
        links: { self: '/api/v1/providers', first: '/api/v1/providers', next: '/api/v1/providers?page=2' },
      });
      expect(res.body.links.prev).toBeUndefined();
      expect(res.body.items.map((p: { id: string }) => p.id)).toEqual(
        api.doc.providers.slice(0, 20).map((p) => p.id),
      );
      const provider = api.doc.providers[0];
      const item = res.body.items.find((p: { id: string }) => p.id === provider.id);
      expect(item).toMatchObject(provider);
      expect(item.serviceIds.sort()).toEqual(
        api.doc.services
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
        expect(api.check('/api/v1/providers', 200, res.body)).toEqual([]);
        expect(res.body.items.length).toBeLessThanOrEqual(7);
        seen.push(...res.body.items.map((p: { id: string }) => p.id));
        if (res.body.links.next) expect(res.body.links.next).toMatch(/perPage=7&lang=en&page=\d+$/);
        url = res.body.links.next;
      }
      expect(seen).toEqual(api.doc.providers.map((p) => p.id));
      const last = await get('/api/v1/providers?perPage=7&page=2', 200);
      expect(last.body.links).toEqual({
        self: '/api/v1/providers?perPage=7&page=2',
        first: '/api/v1/providers?perPage=7',
        prev: '/api/v1/providers?perPage=7',
        next: '/api/v1/providers?perPage=7&page=3',
        last: `/api/v1/providers?perPage=7&page=${Math.ceil(api.doc.providers.length / 7)}`,
      });
      const beyond = await get('/api/v1/providers?page=99', 200);
      expect(beyond.body).toMatchObject({ total: api.doc.providers.length, page: 99, items: [] });
      expect(beyond.body.links.next).toBeUndefined();
    });

    it('filters by type and by headquarters country (any of the values, both together)', async () => {
      const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((p) => p.id);
      const expected = (keep: (p: (typeof api.doc.providers)[number]) => boolean) =>
        api.doc.providers.filter(keep).map((p) => p.id);

      const government = await get('/api/v1/providers?type=government&perPage=100', 200);
      expect(api.check('/api/v1/providers', 200, government.body)).toEqual([]);
      expect(ids(government)).toEqual(expected((p) => p.type === 'government'));
      expect(government.body.total).toBeGreaterThan(0);
      expect(government.body.total).toBeLessThan(api.doc.providers.length);

      const deFr = await get('/api/v1/providers?country=DE&country=fr&perPage=100', 200);
      expect(ids(deFr)).toEqual(expected((p) => p.hqCountry === 'DE' || p.hqCountry === 'FR'));
      expect(deFr.body.total).toBe(deFr.body.items.length);
      expect(ids(deFr)).not.toContain(api.doc.providers.find((p) => p.hqCountry === 'NL')?.id);

      const marketNl = await get('/api/v1/providers?type=market&country=NL&perPage=100', 200);
      expect(ids(marketNl)).toEqual(expected((p) => p.type === 'market' && p.hqCountry === 'NL'));
      expect(ids(marketNl)).not.toContain(api.doc.providers.find((p) => p.type === 'government')?.id);

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
      expect(api.check('/api/v1/providers', 400, res.body)).toEqual([]);
      // lang is checked first, for every route, by the language middleware (its text is "onbekende taal").
      const named = parameter === 'lang' ? 'taal' : parameter;
      expect(res.body.error.details).toEqual([
        { parameter, message: expect.stringContaining(named), ...(allowed ? { allowed } : {}) },
      ]);
    });

    it('returns one provider with its services, or 404', async () => {
      const provider = api.doc.providers[1];
      const res = await get(`/api/v1/providers/${provider.id}`, 200);
      expect(api.check('/api/v1/providers/{id}', 200, res.body)).toEqual([]);
      expect(res.body.provider).toEqual(provider);
      expect(res.body.services.map((s: { id: string }) => s.id).sort()).toEqual(
        api.doc.services
          .filter((s) => s.providerId === provider.id)
          .map((s) => s.id)
          .sort(),
      );
      const missing = await get('/api/v1/providers/no-such-provider', 404);
      expect(api.check('/api/v1/providers/{id}', 404, missing.body)).toEqual([]);
      await get(`/api/v1/providers/${provider.id}?x=1`, 400);
    });

    it('lists categories and capabilities with their number of services', async () => {
      const categories = await get('/api/v1/categories', 200);
      expect(api.check('/api/v1/categories', 200, categories.body)).toEqual([]);
      expect(categories.body.total).toBe(api.doc.categories.length);
      for (const item of categories.body.items as { id: string; serviceCount: number }[]) {
        expect(item.serviceCount).toBe(api.doc.services.filter((s) => s.categories.includes(item.id)).length);
      }
      const capabilities = await get('/api/v1/capabilities', 200);
      expect(api.check('/api/v1/capabilities', 200, capabilities.body)).toEqual([]);
      expect(capabilities.body.total).toBe(api.doc.capabilities.length);
      for (const item of capabilities.body.items as { id: string; serviceCount: number }[]) {
        expect(item.serviceCount).toBe(
          api.doc.services.filter((s) => s.capabilities?.includes(item.id)).length,
        );
      }
      expect(capabilities.body.items.some((c: { serviceCount: number }) => c.serviceCount > 0)).toBe(true);
      await get('/api/v1/categories?lot=platform', 400);
      await get('/api/v1/capabilities?q=teams', 400);
    });
  });

  describe('GET /catalogue', () => {
    it('returns the whole document, valid against the catalogue schema and the loader', async () => {
      const res = await get('/api/v1/catalogue', 200);
      expect(api.check('/api/v1/catalogue', 200, res.body)).toEqual([]);
      expect(validateCatalogue(res.body)).toEqual({ ok: true, document: res.body });
      expect(res.body).toEqual(api.doc);
      await get('/api/v1/catalogue?format=xml', 400);
    });

    it('fails the schema check for a response that is not a catalogue (the check can fail)', () => {
      const broken = { ...api.doc, services: [{ id: 'x' }] };
      expect(api.check('/api/v1/catalogue', 200, broken)).not.toEqual([]);
    });
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await get('/api/v1/nothing-here', 404);
    expect(res.body.error.code).toBe('not_found');
  });
});
