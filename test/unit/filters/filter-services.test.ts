import { emptyFilterQuery, filterServices, FACETS, type FilterQuery } from '../../../src/domain/filters';
import { naiveMatches, withOption } from './brute-force';
import { ASSESSED_ON, EXPECTED_LEVELS, filterModel, idsOf } from './filter-fixtures';

const model = filterModel();
const q = (fields: Partial<FilterQuery>): FilterQuery => ({ ...emptyFilterQuery(), perPage: 100, ...fields });
const ids = (fields: Partial<FilterQuery>): string[] => idsOf(filterServices(model, q(fields)).items);

describe('filterServices', () => {
  it('builds on the levels the fixture recipes are meant to give', () => {
    const levels = Object.fromEntries(model.services.map((e) => [e.service.id, e.assessment.overall]));
    expect(levels).toEqual(EXPECTED_LEVELS);
  });

  it('returns every service in the default order without filters', () => {
    const result = filterServices(model, q({}));
    expect(result.total).toBe(9);
    expect(result.items.map((e) => e.service.id)).toEqual(model.services.map((e) => e.service.id));
  });

  it.each<[string, Partial<FilterQuery>, string[]]>([
    ['minimum overall level', { level: 3 }, ['l3-compute-storage', 'l4-saas', 'sw-chat']],
    [
      'minimum data level',
      { minData: 2 },
      ['l1-compute', 'l2-storage', 'l3-compute-storage', 'l4-saas', 'sw-chat'],
    ],
    [
      'minimum jurisdiction level',
      { minJurisdiction: 3 },
      ['decoy-expired', 'l3-compute-storage', 'l4-saas', 'proprietary-saas', 'sw-chat'],
    ],
    ['minimum openness level', { minOpenness: 4 }, ['l4-saas', 'sw-chat']],
    // sw-chat is self-hosted software: assurance does not apply, so no minimum excludes it.
    ['minimum assurance level', { minAssurance: 3 }, ['l3-compute-storage', 'l4-saas', 'sw-chat']],
    ['category', { category: ['object-storage'] }, ['l2-storage', 'l3-compute-storage']],
    [
      'categories (OR)',
      { category: ['object-storage', 'managed-database'] },
      ['decoy-unsourced', 'l2-storage', 'l3-compute-storage'],
    ],
    ['lot', { lot: ['workplace'] }, ['l4-saas', 'proprietary-saas', 'sw-chat']],
    ['service models (OR)', { model: ['paas', 'software'] }, ['decoy-unsourced', 'sw-chat']],
    // Excludes: not covering (l1), unsourced (decoy-unsourced), expired the day before (decoy-expired).
    [
      'counting certificate',
      { cert: ['ISO27001'] },
      ['l0-compute', 'l2-storage', 'l3-compute-storage', 'proprietary-saas'],
    ],
    ['certificates (AND)', { cert: ['ISO27001', 'ISO27017'] }, ['l3-compute-storage']],
    ['in-progress certificate never counts', { cert: ['C5'] }, []],
    // Excludes unsourced NL (decoy-unsourced) and NL + DE (l3).
    ['all data in NL', { location: 'NL' }, ['l2-storage']],
    // Excludes US (l0) and NL + CH (decoy-expired).
    [
      'all data in the EEA',
      { location: 'EEA' },
      ['l1-compute', 'l2-storage', 'l3-compute-storage', 'l4-saas'],
    ],
    // Excludes the unsourced control of p-unsourced.
    [
      'control (OR)',
      { control: ['eea-controlled', 'european-non-eea'] },
      ['decoy-expired', 'l2-storage', 'l3-compute-storage', 'l4-saas', 'proprietary-saas', 'sw-chat'],
    ],
    ['provider type', { providerType: ['government'] }, ['sw-chat']],
    // Excludes proprietary (sourced) and MIT (unsourced).
    ['OSI licence', { openSource: true }, ['l4-saas', 'sw-chat']],
    // Includes proprietary-saas (sourced selfHostable); excludes the unsourced one.
    ['self-hostable', { selfHostable: true }, ['l4-saas', 'proprietary-saas', 'sw-chat']],
    ['capability', { capability: ['file-storage'] }, ['sw-chat']],
    ['capabilities (OR)', { capability: ['chat', 'file-storage'] }, ['l4-saas', 'sw-chat']],
    ['providers (OR)', { provider: ['p-sub', 'p-gov'] }, ['l1-compute', 'sw-chat']],
    [
      'several facets together (AND)',
      { category: ['compute', 'chat'], level: 1, selfHostable: true },
      ['l4-saas', 'sw-chat'],
    ],
  ])('filters by %s', (_name, fields, expected) => {
    expect(ids(fields)).toEqual(expected);
    expect(filterServices(model, q(fields)).total).toBe(expected.length);
  });

  describe('facet counts', () => {
    const queries: Partial<FilterQuery>[] = [
      {},
      { level: 2 },
      { category: ['compute'], cert: ['ISO27001'] },
      { lot: ['infrastructure', 'workplace'], location: 'EEA', minAssurance: 2 },
      { selfHostable: true, providerType: ['market'], control: ['eea-controlled'] },
      { cert: ['ISO27001', 'ISO27017'], capability: ['chat'] },
      { model: ['saas'], openSource: true, provider: ['p-eea'], minData: 4 },
    ];

    it.each(queries)('match an independent brute-force count for %j', (fields) => {
      const query = q(fields);
      const result = filterServices(model, query);
      for (const facet of FACETS) {
        for (const option of result.facets[facet.name]) {
          const expected = model.services.filter((e) =>
            naiveMatches(e, withOption(query, facet.name, option.value), ASSESSED_ON),
          ).length;
          expect({ facet: facet.name, value: option.value, count: option.count }).toEqual({
            facet: facet.name,
            value: option.value,
            count: expected,
          });
        }
      }
      expect(result.total).toBe(model.services.filter((e) => naiveMatches(e, query, ASSESSED_ON)).length);
    });

    it('leave a facet its own selection out, keep zero options, and mark the selection', () => {
      const { facets } = filterServices(model, q({ category: ['chat'], level: 4 }));
      expect(facets.category).toEqual([
        { value: 'compute', count: 0, selected: false },
        { value: 'object-storage', count: 0, selected: false },
        { value: 'managed-database', count: 0, selected: false },
        { value: 'chat', count: 2, selected: true },
      ]);
      // Level counts see only the chat category: 3 chat services, 2 of them at level 4.
      expect(facets.level.map((o) => o.count)).toEqual([3, 2, 2, 2, 2]);
      expect(facets.level[4].selected).toBe(true);
    });

    it('count what one more certificate would yield (AND)', () => {
      const { facets } = filterServices(model, q({ cert: ['ISO27001'] }));
      const count = (scheme: string) => facets.cert.find((o) => o.value === scheme)?.count;
      expect(count('ISO27001')).toBe(4);
      expect(count('ISO27017')).toBe(1);
      expect(count('SecNumCloud')).toBe(0);
    });
  });

  describe('order', () => {
    const order = (fields: Partial<FilterQuery>) =>
      filterServices(model, q(fields)).items.map((e) => e.service.id);

    it('sorts by name, case-insensitively', () => {
      expect(order({ sort: 'name', category: ['compute'] })).toEqual([
        'l1-compute',
        'decoy-expired',
        'l3-compute-storage',
        'l0-compute',
      ]);
    });

    it('sorts by sourced SLA, highest first, unknown (and unsourced) last in default order', () => {
      const sorted = order({ sort: 'sla' });
      expect(sorted.slice(0, 3)).toEqual(['l2-storage', 'l1-compute', 'l3-compute-storage']);
      const rest = model.services.map((e) => e.service.id).filter((id) => !sorted.slice(0, 3).includes(id));
      expect(sorted.slice(3)).toEqual(rest);
    });

    it('sorts by a dimension, ties in the default order, not-applicable last', () => {
      const sorted = order({ sort: 'assurance' });
      expect(sorted.slice(0, 2)).toEqual(['l4-saas', 'l3-compute-storage']);
      expect(sorted[sorted.length - 1]).toBe('sw-chat');
      expect(order({ sort: 'jurisdiction', category: ['compute'] })).toEqual([
        'l3-compute-storage',
        'decoy-expired',
        'l1-compute',
        'l0-compute',
      ]);
    });

    it('searches: only scored services, by score, ties by hash', () => {
      const relevance = new Map([
        ['l0-compute', 1],
        ['sw-chat', 5],
        ['l2-storage', 1],
      ]);
      const result = filterServices(model, q({}), { relevance });
      expect(result.total).toBe(3);
      const tie = ['l0-compute', 'l2-storage'].sort(
        (a, b) => (model.serviceById.get(a)?.hash ?? 0) - (model.serviceById.get(b)?.hash ?? 0),
      );
      expect(result.items.map((e) => e.service.id)).toEqual(['sw-chat', ...tie]);
      expect(result.facets.providerType.find((o) => o.value === 'government')?.count).toBe(1);
      // An explicit sort overrides relevance but keeps the candidates.
      expect(
        filterServices(model, q({ sort: 'level' }), { relevance }).items.map((e) => e.service.id),
      ).toEqual(['sw-chat', 'l2-storage', 'l0-compute']);
    });
  });

  describe('pages', () => {
    it('slices the ordered result and counts pages', () => {
      const all = filterServices(model, q({})).items.map((e) => e.service.id);
      const second = filterServices(model, q({ perPage: 4, page: 2 }));
      expect(second.items.map((e) => e.service.id)).toEqual(all.slice(4, 8));
      expect(second).toMatchObject({ total: 9, page: 2, perPage: 4, pageCount: 3 });
      expect(filterServices(model, q({ perPage: 4, page: 3 })).items).toHaveLength(1);
    });

    it('gives an empty page past the end, and one page for no results', () => {
      expect(filterServices(model, q({ page: 5 })).items).toEqual([]);
      expect(filterServices(model, q({ cert: ['C5'] }))).toMatchObject({ total: 0, pageCount: 1, items: [] });
    });
  });
});
