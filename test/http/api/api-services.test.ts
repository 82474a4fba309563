import * as cheerio from 'cheerio';
import request from 'supertest';
import { FACET_OPTION_LIMIT } from '../../../src/domain/filters';
import { useApiApp } from './api-test-support';

describe('JSON API /api/v1/services', () => {
  const api = useApiApp();
  const get = (url: string, status: number) => api.get(url, status);

  describe('GET /services', () => {
    it('lists the first page of all services in the default order, with facets', async () => {
      const res = await get('/api/v1/services', 200);
      expect(api.check('/api/v1/services', 200, res.body)).toEqual([]);
      expect(res.body).toMatchObject({
        total: api.doc.services.length,
        page: 1,
        perPage: 20,
        assessedOn: '2026-11-28',
        view: 'default',
      });
      expect(res.body.items).toHaveLength(20);
      const first = api.t.store.current().services[0];
      // The reference catalogue has no checked sources yet: nothing counts in the checked-only view.
      const checked = api.t.store.checkedOnly().serviceById.get(first.service.id)?.assessment;
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
      expect(api.check('/api/v1/services', 200, res.body)).toEqual([]);
      const saas = api.doc.services.filter((s) => s.serviceModel === 'saas');
      const paas = api.doc.services.filter((s) => s.serviceModel === 'paas');
      expect(res.body.total).toBe(saas.length);
      expect(res.body.items.map((i: { id: string }) => i.id).sort()).toEqual(saas.map((s) => s.id).sort());
      const decoy = api.doc.services.find((s) => s.serviceModel === 'iaas');
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
      const atLeast2 = api.t.store.current().services.filter((e) => e.assessment.overall >= 2);
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
      expect(res.body.total).toBeLessThan(api.doc.services.length);
      const none = await get('/api/v1/services?q=nextcloud&model=iaas', 200);
      expect(none.body.items.some((i: { id: string }) => i.id === 'nextcloud-hub')).toBe(false);
    });

    it('rejects bad values with 400 naming the parameter and the allowed values', async () => {
      const res = await get('/api/v1/services?level=9&colour=red', 400);
      expect(api.check('/api/v1/services', 400, res.body)).toEqual([]);
      expect(res.body.error.code).toBe('bad_request');
      const byParameter = Object.fromEntries(
        (res.body.error.details as { parameter: string; allowed?: string[] }[]).map((d) => [d.parameter, d]),
      );
      expect(byParameter.level.allowed).toEqual(['0', '1', '2', '3', '4']);
      expect(byParameter.colour.allowed).toContain('cert');
      const category = await get('/api/v1/services?category=no-such-category', 400);
      expect(category.body.error.details[0].parameter).toBe('category');
      expect(category.body.error.details[0].allowed).toEqual(api.doc.categories.map((c) => c.id));
    });

    it('answers a search that cannot run with 400 on q', async () => {
      const res = await get('/api/v1/services?q=de', 400);
      expect(res.body.error.details).toEqual([{ parameter: 'q', message: expect.any(String) }]);
    });
  });
});

describe('JSON API: facets that stay small', () => {
  const api = useApiApp();
  const get = (url: string, status: number) => api.get(url, status);
  type Option = { value: string; count: number; selected: boolean };
  const servicesOf = (providerId: string, filter: (s: { serviceModel: string }) => boolean = () => true) =>
    api.doc.services.filter((s) => s.providerId === providerId && filter(s)).length;

  it('lists a large facet by its options with the most matches and links to all of them', async () => {
    const res = await get('/api/v1/services', 200);
    expect(api.check('/api/v1/services', 200, res.body)).toEqual([]);
    const offering = api.doc.providers.filter((p) => servicesOf(p.id) > 0);
    expect(offering.length).toBeGreaterThan(FACET_OPTION_LIMIT);
    const shown = res.body.facets.provider as Option[];
    expect(shown).toHaveLength(FACET_OPTION_LIMIT);
    const counts = offering.map((p) => servicesOf(p.id)).sort((a, b) => b - a);
    expect(shown.map((o) => o.count)).toEqual(counts.slice(0, FACET_OPTION_LIMIT));
    for (const o of shown) expect(o.count).toBe(servicesOf(o.value));
    expect(res.body.moreFacetOptions.provider).toEqual({
      total: offering.length,
      href: '/api/v1/services/facets/provider',
    });
    expect(res.body.moreFacetOptions.model).toBeUndefined();
    // A small facet keeps every option.
    expect((res.body.facets.model as Option[]).map((o) => o.value).sort()).toEqual(
      ['iaas', 'paas', 'saas', 'software']
        .filter((m) => api.doc.services.some((s) => s.serviceModel === m))
        .sort(),
    );
  });

  it('keeps a selected option with few matches, and shows what the filter panel shows', async () => {
    const fewest = [...api.doc.providers]
      .filter((p) => servicesOf(p.id) > 0)
      .sort((a, b) => servicesOf(a.id) - servicesOf(b.id))[0];
    const query = `model=saas&provider=${fewest.id}`;
    const res = await get(`/api/v1/services?${query}`, 200);
    const shown = res.body.facets.provider as Option[];
    expect(shown).toContainEqual({
      value: fewest.id,
      count: servicesOf(fewest.id, (s) => s.serviceModel === 'saas'),
      selected: true,
    });
    expect(res.body.moreFacetOptions.provider.href).toBe(`/api/v1/services/facets/provider?${query}`);
    const page = cheerio.load((await request(api.t.app).get(`/services?${query}`).expect(200)).text);
    const panel = page('[data-facet=provider] [data-test=facet-option]')
      .map((_i, el) => page(el).attr('data-value'))
      .get();
    expect(shown.map((o) => o.value)).toEqual(panel);
  });

  it('lists every option of a facet for the selection, A–Z, with counts', async () => {
    const res = await get('/api/v1/services/facets/provider?model=saas', 200);
    expect(api.check('/api/v1/services/facets/{facet}', 200, res.body)).toEqual([]);
    const withSaas = api.doc.providers.filter((p) => servicesOf(p.id, (s) => s.serviceModel === 'saas') > 0);
    const decoy = api.doc.providers.find((p) => servicesOf(p.id) > 0 && !withSaas.includes(p));
    expect(decoy).toBeDefined();
    expect(res.body).toMatchObject({ facet: 'provider', total: withSaas.length, page: 1, pageCount: 1 });
    const items = res.body.items as (Option & { label: string })[];
    expect(items.map((o) => o.value).sort()).toEqual(withSaas.map((p) => p.id).sort());
    const labels = items.map((o) => o.label);
    expect(labels).toEqual(
      [...labels].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base', numeric: true })),
    );
    for (const o of items) expect(o.count).toBe(servicesOf(o.value, (s) => s.serviceModel === 'saas'));
    expect(items.find((o) => o.value === withSaas[0].id)?.label).toBe(withSaas[0].name);
  });

  it('answers an unknown facet with 404, a page past the end and a bad filter with 400', async () => {
    const missing = await get('/api/v1/services/facets/colour', 404);
    expect(api.check('/api/v1/services/facets/{facet}', 404, missing.body)).toEqual([]);
    const past = await get('/api/v1/services/facets/provider?page=2', 400);
    expect(api.check('/api/v1/services/facets/{facet}', 400, past.body)).toEqual([]);
    expect(past.body.error.details[0].parameter).toBe('page');
    const bad = await get('/api/v1/services/facets/provider?level=9', 400);
    expect(bad.body.error.details[0].parameter).toBe('level');
  });

  it('refuses the list’s order and page size instead of ignoring them (options are A–Z, 100 a page)', async () => {
    const res = await get('/api/v1/services/facets/provider?sort=name&perPage=10', 400);
    expect(api.check('/api/v1/services/facets/{facet}', 400, res.body)).toEqual([]);
    expect(res.body.error.details.map((d: { parameter: string }) => d.parameter)).toEqual([
      'sort',
      'perPage',
    ]);
    expect(res.body.error.details[0].message).toContain('100 per pagina');
    const openapi = (await get('/api/v1/openapi.json', 200)).body as {
      paths: Record<string, { get: { parameters: { name: string }[] } }>;
    };
    const described = openapi.paths['/api/v1/services/facets/{facet}'].get.parameters.map((p) => p.name);
    expect(described).toEqual(expect.arrayContaining(['facet', 'page', 'model']));
    expect(described).not.toEqual(expect.arrayContaining(['sort']));
    expect(described).not.toEqual(expect.arrayContaining(['perPage']));
  });
});
