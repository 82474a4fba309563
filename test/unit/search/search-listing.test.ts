import { emptyFilterQuery, type FilterQuery } from '../../../src/domain/filters';
import { SearchService } from '../../../src/services/search/search-service';
import { searchAndFilter } from '../../../src/domain/search/search-listing';
import { model, provider, service } from './search.factories';

const catalogue = model(
  [
    service('chat-saas', {
      name: 'Praatpaal',
      summary: { nl: 'Versleutelde chat als dienst.' },
      capabilities: ['chat'],
      serviceModel: 'saas',
      categories: ['collaboration'],
    }),
    service('chat-selfhost', {
      name: 'Babbelbox',
      summary: { nl: 'Chatserver om zelf te hosten.' },
      capabilities: ['chat'],
      serviceModel: 'software',
      categories: ['collaboration'],
    }),
    service('chat-gov', {
      providerId: 'rijk',
      name: 'Rijkschat',
      summary: { nl: 'Chat van en voor de overheid.' },
      capabilities: ['chat'],
      serviceModel: 'saas',
      categories: ['collaboration'],
    }),
    // Decoys: the same model and category, but no chat.
    service('mail-saas', {
      name: 'Postvak',
      summary: { nl: 'E-mail als dienst.' },
      serviceModel: 'saas',
      categories: ['collaboration'],
    }),
    service('vm', { name: 'Rekenwolk', summary: { nl: 'Virtuele machines.' } }),
  ],
  [provider('acme', 'Acme Cloud'), { ...provider('rijk', 'Rijksdienst'), type: 'government' }],
);
const search = new SearchService();
const query = (overrides: Partial<FilterQuery>): FilterQuery => ({ ...emptyFilterQuery(), ...overrides });
const ids = (items: { service: { id: string } }[]): string[] => items.map((e) => e.service.id).sort();

describe('searchAndFilter', () => {
  it('lists without searching when there are no words', () => {
    const listed = searchAndFilter(catalogue, query({}), search);
    expect(listed.search).toBeUndefined();
    expect(listed.result.total).toBe(5);
  });

  it('combines the words with the filters, and the facet counts reflect both', () => {
    const listed = searchAndFilter(catalogue, query({ q: 'chat', model: ['saas'] }), search);
    expect(ids(listed.result.items)).toEqual(['chat-gov', 'chat-saas']);
    const modelCounts = Object.fromEntries(listed.result.facets.model.map((o) => [o.value, o.count]));
    // Counted independently: chat services per model, ignoring the model facet's own selection.
    expect(modelCounts).toEqual({ iaas: 0, paas: 0, saas: 2, software: 1 });
    const providerTypes = Object.fromEntries(
      listed.result.facets.providerType.map((o) => [o.value, o.count]),
    );
    expect(providerTypes).toEqual({ government: 1, market: 1 });
  });

  it('orders by relevance when searching, and keeps another chosen order', () => {
    const byRelevance = searchAndFilter(catalogue, query({ q: 'praatpaal chat' }), search);
    expect(byRelevance.result.items[0].service.id).toBe('chat-saas');
    const byName = searchAndFilter(catalogue, query({ q: 'chat', sort: 'name' }), search);
    expect(byName.result.items.map((e) => e.service.name)).toEqual(['Babbelbox', 'Praatpaal', 'Rijkschat']);
  });

  it('leaves the words out and reports why when the query cannot run', () => {
    const listed = searchAndFilter(catalogue, query({ q: 'chat ~', model: ['saas'] }), search);
    expect(listed.search).toMatchObject({ ok: false, reason: 'syntax' });
    expect(ids(listed.result.items)).toEqual(['chat-gov', 'chat-saas', 'mail-saas']);
  });

  it('offers to drop the filters that exclude everything, with what each would yield', () => {
    const q = query({ q: 'chat', model: ['paas'], providerType: ['market'] });
    const listed = searchAndFilter(catalogue, q, search);
    expect(listed.result.total).toBe(0);
    const offers = (listed.relaxations ?? []).map((r) => [r.kind, r.parameter, r.value, r.count]);
    expect(offers).toEqual([
      // Without model=paas: market chat services (chat-saas, chat-selfhost).
      ['filter', 'model', 'paas', 2],
      // Without providerType=market nothing (no paas chat); not offered.
      ['allFilters', undefined, undefined, 3],
      // Without the words: no paas services at all, so not offered either.
    ]);
    expect(listed.relaxations?.[0].query).toMatchObject({ q: 'chat', model: [], providerType: ['market'] });
  });

  it('offers to search without the words when the filters alone find something', () => {
    const listed = searchAndFilter(catalogue, query({ q: 'chat', model: ['iaas'] }), search);
    expect((listed.relaxations ?? []).map((r) => [r.kind, r.count])).toEqual([
      ['filter', 3],
      ['search', 1],
    ]);
  });
});
