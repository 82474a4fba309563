import { buildListUrl, emptyFilterQuery, type FilterQuery } from '../../../src/domain/filters';
import { describeFilters } from '../../../src/presenters/listing/describe-filters';
import { parseFilterQuery } from '../../../src/validators/filter-query';
import { filterModel } from '../filters/filter-fixtures';

const model = filterModel();
const q = (fields: Partial<FilterQuery>): FilterQuery => ({ ...emptyFilterQuery(), ...fields });
const services = { basePath: '/services' };

describe('describeFilters', () => {
  it('says the issue’s example sentence in Dutch and English', () => {
    const query = q({ category: ['compute'], level: 3, cert: ['ISO27001'] });
    expect(describeFilters(query, model, 'nl', 12, services).summary).toBe(
      '12 diensten in Rekenkracht met minimaal niveau 3 en ISO 27001',
    );
    expect(describeFilters(query, model, 'en', 12, services).summary).toBe(
      '12 services in Compute with at least level 3 and ISO 27001',
    );
  });

  it('counts in the singular, and says nothing more without filters', () => {
    expect(describeFilters(q({}), model, 'nl', 1, services).summary).toBe('1 dienst');
    expect(describeFilters(q({}), model, 'en', 0, services).summary).toBe('0 services');
  });

  it('joins OR values with “of”/“or” and conditions with commas and “en”/“and”', () => {
    const query = q({
      q: 'opslag',
      category: ['compute', 'object-storage', 'chat'],
      minData: 2,
      model: ['iaas', 'paas'],
      location: 'NL',
      providerType: ['government'],
      openSource: true,
      provider: ['p-eea'],
    });
    expect(describeFilters(query, model, 'nl', 2, services).summary).toBe(
      '2 diensten voor „opslag” in Rekenkracht, Objectopslag of Chat met minimaal niveau 2 voor data, ' +
        'servicemodel Infrastructuur (IaaS) of Platform (PaaS), alle data in Nederland, soort aanbieder Overheid, ' +
        'een open-sourcelicentie (OSI) en aanbieder Provider p-eea',
    );
    expect(describeFilters(query, model, 'en', 2, services).summary).toBe(
      '2 services for “opslag” in Compute, Object storage or Chat with at least level 2 for data, ' +
        'service model Infrastructure (IaaS) or Platform (PaaS), all data in the Netherlands, provider type Government, ' +
        'an open source licence (OSI) and provider Provider p-eea',
    );
  });

  it('gives one chip per value whose URL drops only that value and the page', () => {
    const query = q({ cert: ['ISO27001', 'C5'], level: 2, selfHostable: true, page: 3, sort: 'name' });
    const { chips, clearUrl } = describeFilters(query, model, 'nl', 5, services);
    expect(chips.map((c) => [c.label, c.removeUrl])).toEqual([
      [
        'Soevereiniteitsniveau: Minimaal niveau 2',
        '/services?cert=ISO27001&cert=C5&selfHostable=true&sort=name',
      ],
      ['Certificaat: ISO 27001', '/services?level=2&cert=C5&selfHostable=true&sort=name'],
      ['Certificaat: C5', '/services?level=2&cert=ISO27001&selfHostable=true&sort=name'],
      ['Zelf hosten: Zelf te hosten', '/services?level=2&cert=ISO27001&cert=C5&sort=name'],
    ]);
    expect(clearUrl).toBe('/services?sort=name');
  });

  it('keeps a search and the language when clearing, and never chips a page’s fixed category', () => {
    const query = q({ q: 'chat', category: ['chat'], control: ['eea-controlled'], lang: 'en' });
    const { chips, clearUrl, summary } = describeFilters(query, model, 'en', 2, {
      basePath: '/categories/chat',
      fixedCategory: 'chat',
    });
    expect(chips.map((c) => c.removeUrl)).toEqual(['/categories/chat?q=chat&lang=en']);
    expect(chips[0].label).toBe('Control of the provider: European (EEA) controlled');
    expect(clearUrl).toBe('/categories/chat?q=chat&lang=en');
    expect(summary).toBe('2 services for “chat” in Chat with control European (EEA) controlled');
  });
});

describe('buildListUrl', () => {
  it('leaves out defaults and round-trips through the parser', () => {
    expect(buildListUrl('/services', q({}))).toBe('/services');
    const query = q({
      category: ['chat', 'compute'],
      level: 0,
      minOpenness: 2,
      cert: ['C5'],
      location: 'EEA',
      openSource: true,
      provider: ['p-gov'],
      sort: 'sla',
      perPage: 50,
      page: 2,
    });
    const url = buildListUrl('/services', query);
    const params = new URLSearchParams(url.split('?')[1]);
    const raw: Record<string, string | string[]> = {};
    for (const key of new Set(params.keys())) raw[key] = params.getAll(key);
    expect(parseFilterQuery(raw, model)).toEqual({ ok: true, value: query });
  });
});
