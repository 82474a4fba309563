import * as cheerio from 'cheerio';
import request from 'supertest';
import { parseFilterQuery } from '../../../src/validators/filter-query';
import { buildReadModel } from '../../../src/domain/catalogue/read-model';
import { createTestApp, type TestApp } from '../../support/test-app';
import { naiveMatches, withOption } from '../../unit/filters/brute-force';
import { ASSESSED_ON, filterDocument } from '../../unit/filters/filter-fixtures';

const ALL = [
  'decoy-expired',
  'decoy-unsourced',
  'l0-compute',
  'l1-compute',
  'l2-storage',
  'l3-compute-storage',
  'l4-saas',
  'proprietary-saas',
  'sw-chat',
];

describe('listing pages', () => {
  let t: TestApp;
  const model = buildReadModel(filterDocument(), ASSESSED_ON);

  beforeAll(async () => {
    t = await createTestApp({ document: filterDocument(), assessedOn: ASSESSED_ON });
  });

  async function page(url: string, status = 200) {
    const res = await request(t.app).get(url).expect(status);
    return cheerio.load(res.text);
  }

  function cardIds($: cheerio.CheerioAPI): string[] {
    return $('[data-test=service-card]')
      .map((_i, el) => $(el).attr('data-id'))
      .get()
      .sort();
  }

  function facetCounts($: cheerio.CheerioAPI): Record<string, Record<string, number>> {
    const counts: Record<string, Record<string, number>> = {};
    $('[data-test=facet]').each((_i, facet) => {
      const name = $(facet).attr('data-facet') as string;
      counts[name] = {};
      $(facet)
        .find('[data-test=facet-option]')
        .each((_j, option) => {
          const count = $(option).find('[data-test=facet-count]').text();
          if (count)
            counts[name][$(option).attr('data-value') as string] = Number(count.replace(/[()]/g, ''));
        });
    });
    return counts;
  }

  it('lists every service with a summary, the facets and the sovereignty disclaimer', async () => {
    const $ = await page('/services?perPage=100');
    expect(cardIds($)).toEqual(ALL);
    expect($('[data-test=summary]').text()).toBe('9 diensten');
    expect($('[data-test=chips]')).toHaveLength(0);
    expect(
      $('[data-test=facet]')
        .map((_i, el) => $(el).attr('data-facet'))
        .get(),
    ).toHaveLength(16);
    expect($('[data-test=sovereignty-disclaimer]').text()).toContain('28 november 2026');
    expect($('[data-test=sovereignty-disclaimer] a').attr('href')).toBe('/method');
  });

  it.each<[string, string[]]>([
    ['level=3', ['l3-compute-storage', 'l4-saas', 'sw-chat']],
    ['minJurisdiction=3&minData=3', ['l3-compute-storage', 'l4-saas', 'sw-chat']],
    ['minOpenness=4', ['l4-saas', 'sw-chat']],
    ['minAssurance=3', ['l3-compute-storage', 'l4-saas', 'sw-chat']],
    [
      'category=object-storage&category=managed-database',
      ['decoy-unsourced', 'l2-storage', 'l3-compute-storage'],
    ],
    ['lot=workplace', ['l4-saas', 'proprietary-saas', 'sw-chat']],
    ['model=paas&model=software', ['decoy-unsourced', 'sw-chat']],
    ['cert=ISO27001', ['l0-compute', 'l2-storage', 'l3-compute-storage', 'proprietary-saas']],
    ['cert=ISO27001&cert=ISO27017', ['l3-compute-storage']],
    ['location=NL', ['l2-storage']],
    ['location=EEA', ['l1-compute', 'l2-storage', 'l3-compute-storage', 'l4-saas']],
    ['control=european-non-eea&control=non-eu', ['l0-compute', 'l2-storage']],
    ['providerType=government', ['sw-chat']],
    ['openSource=true', ['l4-saas', 'sw-chat']],
    ['selfHostable=true', ['l4-saas', 'proprietary-saas', 'sw-chat']],
    ['capability=file-storage', ['sw-chat']],
    ['provider=p-sub&provider=p-noneu', ['l0-compute', 'l1-compute']],
  ])('filters by %s, excluding the decoys', async (params, expected) => {
    const $ = await page(`/services?${params}&perPage=100`);
    expect(cardIds($)).toEqual(expected);
    // The filter shows as checked in the panel, so the form re-submits it.
    const [name, value] = params.split('&')[0].split('=');
    expect($(`[data-facet=${name}] input[value="${value}"]`).is(':checked')).toBe(true);
  });

  it('shows facet counts that match an independent count, zeros included', async () => {
    const url = '/services?lot=infrastructure&lot=workplace&location=EEA&minAssurance=2';
    const $ = await page(url);
    const params = new URL(url, 'http://x').searchParams;
    const raw = Object.fromEntries([...new Set(params.keys())].map((k) => [k, params.getAll(k)]));
    const parsed = parseFilterQuery(raw, model);
    if (!parsed.ok) throw new Error('fixture query must parse');
    const shown = facetCounts($);
    let checked = 0;
    for (const [facet, options] of Object.entries(shown)) {
      for (const [value, count] of Object.entries(options)) {
        const expected = model.services.filter((e) =>
          naiveMatches(e, withOption(parsed.value, facet, value), ASSESSED_ON),
        ).length;
        expect({ facet, value, count }).toEqual({ facet, value, count: expected });
        checked++;
      }
    }
    // Certificates (14 schemes, more than the panel shows) list only schemes with matches, at most
    // 10; every other facet of this small catalogue shows all its options, zeros included.
    expect(checked).toBeGreaterThan(50);
    expect(Object.keys(shown.cert).length).toBeGreaterThan(0);
    expect(Object.keys(shown.cert).length).toBeLessThanOrEqual(10);
    expect(Object.values(shown.cert).every((count) => count > 0)).toBe(true);
    expect(shown.category['managed-database']).toBe(0);
  });

  it('says the selection in one sentence, in Dutch and in English', async () => {
    const nl = await page('/services?category=compute&level=1&cert=ISO27001');
    expect(nl('[data-test=summary]').text()).toBe(
      '1 dienst in Rekenkracht met minimaal niveau 1 en ISO 27001',
    );
    const en = await page('/services?category=compute&level=0&cert=ISO27001&lang=en');
    expect(en('[data-test=summary]').text()).toBe(
      '2 services in Compute with at least level 0 and ISO 27001',
    );
  });

  it('offers a chip per value that removes only that value, and clear-all', async () => {
    const $ = await page('/services?cert=ISO27001&cert=ISO27017&providerType=market&sort=name&perPage=5');
    const chips = $('[data-test=chip]')
      .map((_i, el) => [[$(el).attr('data-value'), $(el).attr('href')]])
      .get();
    expect(chips).toEqual([
      ['ISO27001', '/services?cert=ISO27017&providerType=market&sort=name&perPage=5'],
      ['ISO27017', '/services?cert=ISO27001&providerType=market&sort=name&perPage=5'],
      ['market', '/services?cert=ISO27001&cert=ISO27017&sort=name&perPage=5'],
    ]);
    expect($('[data-test=clear-all]').attr('href')).toBe('/services?sort=name&perPage=5');
    expect(cardIds(await page(String(chips[1][1])))).toEqual([
      'l0-compute',
      'l2-storage',
      'l3-compute-storage',
      'proprietary-saas',
    ]);
  });

  it('keeps the order and page size in the filter form, and the filters in the sort form', async () => {
    const $ = await page('/services?level=1&cert=ISO27001&sort=sla&perPage=50');
    const hidden = (form: string) =>
      $(`[data-test=${form}] input[type=hidden]`)
        .map((_i, el) => `${$(el).attr('name')}=${$(el).attr('value')}`)
        .get();
    expect(hidden('filter-form')).toEqual(['sort=sla', 'perPage=50']);
    expect(hidden('sort-form')).toEqual(['level=1', 'cert=ISO27001']);
    expect($('[data-test=sort-select] option[selected]').attr('value')).toBe('sla');
    expect($('[data-test=per-page-select] option[selected]').attr('value')).toBe('50');
    expect($('[data-test=csv-link] a').attr('href')).toBe(
      '/services.csv?level=1&cert=ISO27001&sort=sla&perPage=50',
    );
  });

  it('sorts by name without favouring upper case', async () => {
    const $ = await page('/services?sort=name&category=compute');
    expect(
      $('[data-test=service-card]')
        .map((_i, el) => $(el).attr('data-id'))
        .get(),
    ).toEqual(['l1-compute', 'decoy-expired', 'l3-compute-storage', 'l0-compute']);
  });

  it('pages the result, keeping every other parameter in the links', async () => {
    const $ = await page('/services?level=0&sort=name&perPage=4&page=2');
    expect($('[data-test=service-card]')).toHaveLength(4);
    expect($('[data-test=showing]').text()).toBe('Diensten 5 tot en met 8 van 9');
    expect($('[data-test=page-status]').text()).toBe('Pagina 2 van 3');
    expect($('[data-test=page-previous]').attr('href')).toBe('/services?level=0&sort=name&perPage=4');
    expect($('[data-test=page-next]').attr('href')).toBe('/services?level=0&sort=name&perPage=4&page=3');
    expect($('[data-test=page-current]').text()).toContain('2');
    const last = await page('/services?level=0&sort=name&perPage=4&page=3');
    expect(last('[data-test=service-card]')).toHaveLength(1);
    expect(last('[data-test=page-next]')).toHaveLength(0);
    const pages = await Promise.all([1, 2, 3].map((n) => page(`/services?sort=name&perPage=4&page=${n}`)));
    expect(pages.flatMap(cardIds).sort()).toEqual(ALL);
  });

  it('explains an empty result and a page past the end', async () => {
    const empty = await page('/services?cert=C5');
    expect(empty('[data-test=no-results]')).toHaveLength(1);
    expect(empty('[data-test=pagination]')).toHaveLength(0);
    const past = await page('/services?page=7');
    expect(past('[data-test=empty-page] a').attr('href')).toBe('/services');
  });

  it('shows on each card what a buyer scans for, counting only valid certificates', async () => {
    const $ = await page('/services?perPage=100');
    const card = (id: string) => $(`[data-test=service-card][data-id=${id}]`);
    expect(card('l3-compute-storage').find('[data-test=level-badge]').attr('data-level')).toBe('3');
    expect(card('l3-compute-storage').find('[data-test=card-provider]').text()).toBe(
      'Provider p-eea (Nederland)',
    );
    expect(card('l3-compute-storage').find('[data-test=card-model]').text()).toBe('Infrastructuur (IaaS)');
    expect(card('l3-compute-storage').find('[data-test=card-locations]').text()).toBe('Nederland, Duitsland');
    expect(card('l3-compute-storage').find('[data-test=card-certificates]').text()).toBe(
      'ISO 27001, ISO 27017',
    );
    expect(card('decoy-expired').find('[data-test=card-certificates]').text()).toBe('geen');
    expect(card('decoy-unsourced').find('[data-test=card-locations]').attr('data-state')).toBe('unverified');
    expect(card('sw-chat').find('[data-test=card-locations]').attr('data-state')).toBe('unknown');
    expect(card('l4-saas').find('[data-test=service-link]').attr('href')).toBe('/services/l4-saas');
  });

  describe('bad parameters', () => {
    it.each<[string, string, string]>([
      ['level=7', 'level', '0, 1, 2, 3, 4'],
      ['cert=FOO', 'cert', 'ISO27001'],
      ['page=-1', 'page', ''],
      ['perPage=500', 'perPage', ''],
      ['colour=blue', 'colour', 'level'],
      ['category=nope', 'category', 'compute, object-storage'],
      ['location=EU', 'location', 'NL, EEA'],
      ['openSource=false', 'openSource', 'true'],
      ['sort=price', 'sort', 'level, name, sla'],
    ])(
      'answers %s with a 400 page naming the parameter and the allowed values',
      async (params, parameter, allowed) => {
        const $ = await page(`/services?${params}`, 400);
        const problem = $(`[data-test=problem][data-parameter=${parameter}]`);
        expect(problem).toHaveLength(1);
        expect(problem.find('td').last().text()).toContain(allowed);
      },
    );

    it('lists every bad parameter at once', async () => {
      const $ = await page('/services?level=7&cert=FOO&page=-1', 400);
      expect(
        $('[data-test=problem]')
          .map((_i, el) => $(el).attr('data-parameter'))
          .get(),
      ).toEqual(['level', 'cert', 'page']);
    });
  });

  describe('category page', () => {
    it('lists the category’s services with breadcrumbs lot → category and without category facets', async () => {
      const $ = await page('/categories/chat');
      expect(cardIds($)).toEqual(['l4-saas', 'proprietary-saas', 'sw-chat']);
      expect($('h1').text()).toBe('Chat');
      const crumbs = $('.utrecht-breadcrumb-nav__item');
      expect(crumbs.eq(1).find('a').attr('href')).toBe('/services?lot=workplace');
      expect(crumbs.eq(1).text()).toBe('Werkplek');
      expect(crumbs.eq(2).text()).toBe('Chat');
      expect($('[data-facet=category], [data-facet=lot]')).toHaveLength(0);
      expect($('[data-test=summary]').text()).toBe('3 diensten in Chat');
      expect($('[data-test=filter-form]').attr('action')).toBe('/categories/chat');
    });

    it('filters within the category, with chip URLs on the category path', async () => {
      const $ = await page('/categories/chat?openSource=true&selfHostable=true');
      expect(cardIds($)).toEqual(['l4-saas', 'sw-chat']);
      expect($('[data-test=chip]').first().attr('href')).toBe('/categories/chat?selfHostable=true');
      expect($('[data-test=clear-all]').attr('href')).toBe('/categories/chat');
      expect($('[data-test=csv-link] a').attr('href')).toBe(
        '/categories/chat.csv?openSource=true&selfHostable=true',
      );
    });

    it('answers an unknown category with 404 and a category parameter with 400', async () => {
      await page('/categories/nope', 404);
      const $ = await page('/categories/chat?category=compute', 400);
      expect($('[data-test=problem]').attr('data-parameter')).toBe('category');
    });
  });

  it('combines search words with filters', async () => {
    const $ = await page('/services?q=chat&providerType=market');
    expect(cardIds($)).toEqual(expect.arrayContaining(['l4-saas']));
    expect(cardIds($)).not.toContain('sw-chat');
    expect($('[data-test=summary]').text()).toContain('voor „chat”');
    expect($('[data-test=sort-select] option[selected]').attr('value')).toBe('relevance');
  });
});
