import * as cheerio from 'cheerio';
import request from 'supertest';
import { generateCatalogue } from '../../../scripts/generate-catalogue';
import { FACET_OPTION_LIMIT, FACETS } from '../../../src/domain/filters';
import { createTestApp, type TestApp } from '../../support/test-app';

/** The page-weight budget for every list page, at any catalogue size. */
const BUDGET_BYTES = 150 * 1024;

// A marketplace-shaped catalogue: 12,000 services from 2,000 invented suppliers.
const document = generateCatalogue(12_000, 7, 'marketplace');
const providers = document.providers.map((p) => p.id);

describe('list pages of a catalogue with thousands of providers', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ document });
  }, 120_000);

  async function page(url: string, status = 200) {
    const res = await request(t.app).get(url).expect(status);
    return { $: cheerio.load(res.text), bytes: Buffer.byteLength(res.text) };
  }

  it('has thousands of providers', () => {
    expect(providers.length).toBe(2000);
  });

  const category = document.categories[0].id;
  const LISTS = [
    ['all services', '/services'],
    ['three filters', '/services?lot=infrastructure&level=1&cert=ISO27001'],
    ['a search', '/services?q=synthetic'],
    ['a category', `/categories/${category}`],
    ['100 per page, by name', '/services?perPage=100&sort=name'],
    [
      'three providers chosen',
      `/services?provider=${providers[1500]}&provider=${providers[1700]}&provider=${providers[1999]}`,
    ],
  ];

  it.each(LISTS)('%s: every facet shows at most the limit plus its selection', async (_label, url) => {
    const { $, bytes } = await page(url);
    // The budget holds at the default page size; 100 cards of ~2 kB each are the visitor's choice.
    if (!url.includes('perPage')) expect(bytes).toBeLessThan(BUDGET_BYTES);
    const facets = $('[data-test=facet]');
    expect(facets.length).toBeGreaterThan(10);
    facets.each((_i, el) => {
      const facet = $(el);
      const name = facet.attr('data-facet')!;
      const options = facet
        .find('[data-test=facet-option]')
        .filter((_j, o) => $(o).attr('data-value') !== '');
      const checked = facet.find('input:checked').filter((_j, o) => $(o).attr('value') !== '').length;
      expect({ name, n: Math.min(options.length, FACET_OPTION_LIMIT + checked) }).toEqual({
        name,
        n: options.length,
      });
    });
    expect(facets.filter('[data-facet=provider]').find('[data-test=facet-all-options] a').length).toBe(1);
  });

  it('shows every facet of the catalogue on /services, chosen providers checked, and says search finds providers', async () => {
    const chosen = [providers[1500], providers[1999]];
    const { $ } = await page(`/services?level=1&provider=${chosen[0]}&provider=${chosen[1]}`);
    expect(
      $('[data-test=facet]')
        .map((_i, el) => $(el).attr('data-facet'))
        .get(),
    ).toEqual(FACETS.map((f) => f.name));
    const facet = $('[data-facet=provider]');
    for (const id of chosen) expect(facet.find(`input[value="${id}"]`).is(':checked')).toBe(true);
    expect(facet.find('[data-test=facet-hint]').text()).toMatch(/zoekveld/);
    const counts = facet
      .find('input:not(:checked)')
      .closest('li')
      .find('[data-test=facet-count]')
      .map((_i, el) => Number($(el).text().replace(/\D/g, '')))
      .get();
    expect(counts).toHaveLength(FACET_OPTION_LIMIT);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  describe('all options of a facet', () => {
    const filters = 'lot=infrastructure&level=1&sort=name&perPage=50';

    it('is linked from the panel with the current filters, lists A–Z with counts and pages', async () => {
      const list = await page(`/services?${filters}`);
      const href = list.$('[data-facet=provider] [data-test=facet-all-options] a').attr('href')!;
      expect(href).toBe(`/services/facets/provider?${filters}`);
      const { $, bytes } = await page(href);
      expect(bytes).toBeLessThan(BUDGET_BYTES);
      const labels = $('[data-test=option-link]')
        .map((_i, el) => $(el).contents().last().text())
        .get();
      expect(labels).toHaveLength(100);
      const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
      expect(labels).toEqual([...labels].sort(collator.compare));
      const counts = $('[data-test=option-count]')
        .map((_i, el) => Number($(el).text().replace(/\D/g, '')))
        .get();
      expect(counts.every((n) => n > 0)).toBe(true);
      expect($('[data-test=page-next]').attr('href')).toBe(`/services/facets/provider?${filters}&page=2`);
      expect($('[data-test=options-back]').attr('href')).toBe(`/services?${filters}`);
      expect($('[data-test=options-initials] a').length).toBeGreaterThan(5);
    });

    it('adds an option to the list keeping every other filter, and the list shows it checked', async () => {
      const { $ } = await page(`/services/facets/provider?${filters}&page=3`);
      const link = $('[data-test=option-link]').first();
      const href = link.attr('href')!;
      const params = new URL(href, 'http://x').searchParams;
      expect(params.get('lot')).toBe('infrastructure');
      expect(params.get('sort')).toBe('name');
      const provider = params.get('provider')!;
      expect(providers).toContain(provider);
      const count = Number($('[data-test=option-count]').first().text().replace(/\D/g, ''));
      const list = await page(href);
      expect(list.$(`[data-facet=provider] input[value="${provider}"]`).is(':checked')).toBe(true);
      expect(list.$('[data-test=service-card]').length).toBe(Math.min(count, 50));
    });

    it('answers bad input clearly: a page past the end, an unknown facet, a fixed facet, a bad filter', async () => {
      const past = await page('/services/facets/provider?page=999', 400);
      expect(past.$('main').text()).toMatch(/page/);
      await page('/services/facets/nonsense', 404);
      await page(`/categories/${category}/facets/lot`, 404);
      await page('/categories/no-such-category/facets/provider', 404);
      const bad = await page('/services/facets/provider?level=9', 400);
      expect(bad.$('main').text()).toMatch(/level/);
    });

    it('works for a small facet and on a category page too', async () => {
      const small = await page('/services/facets/model?lot=platform');
      expect(small.$('[data-test=option]').length).toBeGreaterThan(0);
      const inCategory = await page(`/categories/${category}/facets/provider?level=1`);
      const href = inCategory.$('[data-test=option-link]').first().attr('href')!;
      expect(href.startsWith(`/categories/${category}?level=1&provider=`)).toBe(true);
    });
  });
});
