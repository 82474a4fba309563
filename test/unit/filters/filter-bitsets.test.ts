import { generateCatalogue } from '../../../scripts/generate-catalogue';
import {
  countMatches,
  emptyFilterQuery,
  FACETS,
  filterServices,
  type FacetName,
  type FilterQuery,
} from '../../../src/domain/filters';
import { deriveFacts } from '../../../src/domain/filters/entry-facts';
import { BITSET_FACET_OPTIONS } from '../../../src/domain/filters/filter-index';
import { buildReadModel, type ServiceEntry } from '../../../src/domain/catalogue/read-model';

// A marketplace-shaped catalogue: ~330 providers, so the provider facet takes the posting-list path
// and the small facets the bitset path; 2,000 services span many 32-bit words.
const model = buildReadModel(generateCatalogue(2000, 17, 'marketplace'), '2026-11-28');
const matched = new Map<ServiceEntry, Map<FacetName, Set<string>>>(
  model.services.map((entry) => {
    const facts = deriveFacts(entry, model);
    return [entry, new Map(FACETS.map((f) => [f.name, new Set(f.matches(entry, facts))]))];
  }),
);

/** The filter semantics stated directly: every selected facet passes (OR, or AND for cert). */
function passes(entry: ServiceEntry, query: FilterQuery, except?: FacetName): boolean {
  return FACETS.every((facet) => {
    const selected = facet.selected(query);
    if (facet.name === except || selected.length === 0) return true;
    const has = matched.get(entry)!.get(facet.name)!;
    return facet.mode === 'and' ? selected.every((v) => has.has(v)) : selected.some((v) => has.has(v));
  });
}

function naiveCounts(query: FilterQuery, candidates: readonly ServiceEntry[]): Record<string, number[]> {
  const counts: Record<string, number[]> = {};
  for (const facet of FACETS) {
    const options = facet.options(model);
    const own = facet.mode === 'or' && facet.selected(query).length > 0 ? facet.name : undefined;
    const base = candidates.filter((e) => passes(e, query, own));
    counts[facet.name] = options.map(
      (o) => base.filter((e) => matched.get(e)!.get(facet.name)!.has(o)).length,
    );
  }
  return counts;
}

const providers = model.document.providers.map((p) => p.id);
const QUERIES: [string, Partial<FilterQuery>][] = [
  ['nothing selected', {}],
  ['three filters', { lot: ['infrastructure'], level: 1, cert: ['ISO27001'] }],
  ['two providers and a category', { provider: providers.slice(3, 5), category: ['compute'] }],
  ['two certificates (AND) and a location', { cert: ['ISO27001', 'SOC2'], location: 'EEA' }],
  [
    'every kind at once',
    { model: ['saas', 'paas'], minData: 2, control: ['eea-controlled'], openSource: true },
  ],
  ['a page deep into the list, sorted by name', { lot: ['platform'], sort: 'name', page: 7, perPage: 13 }],
  ['sorted by SLA', { category: ['object-storage'], sort: 'sla', page: 2, perPage: 50 }],
];

describe('filterServices with bitsets, against the semantics stated per service', () => {
  it('uses both counting paths on this catalogue', () => {
    expect(model.providers.size).toBeGreaterThan(BITSET_FACET_OPTIONS);
    expect(model.categories.size).toBeLessThanOrEqual(BITSET_FACET_OPTIONS);
  });

  it.each(QUERIES)('%s: same services, order, page and facet counts', (_label, fields) => {
    const query: FilterQuery = { ...emptyFilterQuery(), ...fields };
    const result = filterServices(model, query);
    const expected = model.services.filter((e) => passes(e, query));
    expect(expected.length).toBeGreaterThan(0);
    expect(result.total).toBe(expected.length);
    expect(countMatches(model, query)).toBe(expected.length);
    const counts = Object.fromEntries(FACETS.map((f) => [f.name, result.facets[f.name].map((o) => o.count)]));
    expect(counts).toEqual(naiveCounts(query, model.services));
    // Ties of every order fall back to the default order, which is the read model's order.
    const key = (e: ServiceEntry): number | string =>
      query.sort === 'name'
        ? e.service.name
        : query.sort === 'sla'
          ? -(e.service.contract?.slaAvailabilityPct?.sources?.length
              ? e.service.contract.slaAvailabilityPct.value
              : -1)
          : 0;
    const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
    const ordered = [...expected].sort((a, b) => {
      const [ka, kb] = [key(a), key(b)];
      const byKey = typeof ka === 'string' ? collator.compare(ka, String(kb)) : ka - Number(kb);
      return byKey || model.services.indexOf(a) - model.services.indexOf(b);
    });
    const start = (query.page - 1) * query.perPage;
    expect(result.items).toEqual(ordered.slice(start, start + query.perPage));
  });

  it('counts and orders only the scored services of a search', () => {
    const scored = model.services.filter((_e, i) => i % 7 === 0);
    const relevance = new Map(scored.map((e, i) => [e.service.id, (i * 37) % 11]));
    const query: FilterQuery = { ...emptyFilterQuery(), lot: ['workplace'], perPage: 100 };
    const result = filterServices(model, query, { relevance });
    const expected = scored.filter((e) => passes(e, query));
    expect(result.total).toBe(expected.length);
    expect(countMatches(model, query, { relevance })).toBe(expected.length);
    expect(countMatches(model, { ...emptyFilterQuery() }, { relevance })).toBe(scored.length);
    expect(result.items).toHaveLength(Math.min(100, expected.length));
    for (const entry of result.items) expect(expected).toContain(entry);
    const scores = result.items.map((e) => relevance.get(e.service.id)!);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const counts = Object.fromEntries(FACETS.map((f) => [f.name, result.facets[f.name].map((o) => o.count)]));
    expect(counts).toEqual(naiveCounts(query, scored));
  });
});
