import request from 'supertest';
import * as cheerio from 'cheerio';
import { createTestApp, type TestApp } from '../../support/test-app';
import { CHECKED_VIEW_DATE, checkedViewDocument } from '../../support/checked-view-document';

describe('both views of the level, with their names (SOVEREIGNTY.md, "Checked-only view")', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ document: checkedViewDocument(), assessedOn: CHECKED_VIEW_DATE });
  });
  const page = async (url: string) => cheerio.load((await request(t.app).get(url).expect(200)).text);
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

  it('shows the default and the checked-only level on the service page, named, with the method link', async () => {
    const $ = await page('/services/mixed');
    const views = $('[data-test=level-views]');
    expect(views.attr('data-equal')).toBe('false');
    const line = (view: string) => ({
      name: clean(views.find(`[data-test=level-view-name][data-view=${view}]`).text()),
      level: views.find(`[data-test=level-view][data-view=${view}]`).attr('data-level'),
      summary: clean(views.find(`[data-test=level-view][data-view=${view}]`).text()),
    });
    expect(line('default')).toEqual({
      name: 'Standaardweergave (elke bron telt)',
      level: '1',
      summary: 'niveau 1 (J3 D2 T1 A2)',
    });
    expect(line('checked-only')).toEqual({
      name: 'Alleen gegevens gecontroleerd door de marktplaats',
      level: '0',
      summary: 'niveau 0 (J3 D2 T0 A0)',
    });
    expect(clean(views.find('[data-test=level-views-verdict]').text())).toMatch(/^De weergaven verschillen/);
    // The main panel stays the default view.
    expect($('[data-test=sovereignty-panel]').attr('data-overall')).toBe('1');

    const href = views.find('[data-test=checked-only-method-link]').attr('href') ?? '';
    expect(href).toBe('/method#checked-only');
    const method = await page(href.split('#')[0]);
    expect(method(`#${href.split('#')[1]}`).text()).toBe('Alleen gegevens gecontroleerd door de marktplaats');
  });

  it('says briefly that the views agree when they do, in English too', async () => {
    const $ = await page('/services/all-checked?lang=en');
    const views = $('[data-test=level-views]');
    expect(views.attr('data-equal')).toBe('true');
    expect(clean(views.find('[data-test=level-view][data-view=default]').text())).toBe(
      'level 1 (J3 D2 T1 A2)',
    );
    expect(clean(views.find('[data-test=level-view-name][data-view=checked-only]').text())).toBe(
      'Only facts checked by the marketplace',
    );
    expect(clean(views.find('[data-test=level-view][data-view=checked-only]').text())).toBe(
      'level 1 (J3 D2 T1 A2)',
    );
    expect(clean(views.find('[data-test=level-views-verdict]').text())).toBe(
      'Both views give the same levels.',
    );
  });

  it('compares the checked-only level in a row of its own, on the page and in the CSV', async () => {
    const $ = await page('/compare?id=mixed&id=all-checked');
    const row = $('[data-test=compare-row][data-row="sovereignty.overallCheckedOnly"]');
    expect(clean(row.find('th .cm-compare-label').text())).toBe(
      'Totaalniveau, alleen gecontroleerde gegevens',
    );
    const cell = (id: string) =>
      clean(row.find(`[data-test=cell][data-service-id=${id}] [data-test=value]`).text());
    expect(cell('mixed')).toBe('Niveau 0 (J3 D2 T0 A0)');
    expect(cell('all-checked')).toBe('Niveau 1 (J3 D2 T1 A2)');
    expect(row.attr('data-differs')).toBe('true');
    expect(row.find('[data-test=cell][data-service-id=all-checked]').attr('data-best')).toBe('true');
    // The default overall row does not differ: both are level 1 there.
    expect($('[data-test=compare-row][data-row="sovereignty.overall"]').attr('data-differs')).toBe('false');

    const csv = (await request(t.app).get('/compare.csv?id=mixed&id=all-checked&lang=en').expect(200)).text;
    expect(csv.split(/\r?\n/)).toContain(
      'Sovereignty,"Overall level, checked facts only",Level 0 (J3 D2 T0 A0),Level 1 (J3 D2 T1 A2)',
    );
  });

  it('labels the cards of a list in the checked-only view with the view, and shows its level', async () => {
    const badge = ($: cheerio.CheerioAPI, id: string) =>
      $(`[data-test=service-card][data-id=${id}] [data-test=level-badge]`).attr('data-level');
    const checked = await page('/services?checked=true');
    expect(badge(checked, 'mixed')).toBe('0');
    expect(badge(checked, 'all-checked')).toBe('1');
    const labels = checked('[data-test=card-level-view]')
      .map((_, el) => clean(checked(el).text()))
      .get();
    expect(labels).toEqual([
      'Alleen gegevens gecontroleerd door de marktplaats',
      'Alleen gegevens gecontroleerd door de marktplaats',
    ]);
    const plain = await page('/services');
    expect(badge(plain, 'mixed')).toBe('1');
    expect(plain('[data-test=card-level-view]')).toHaveLength(0);
  });
  it('counts a facet’s full option list in the view the list is in', async () => {
    const counted = async (url: string) => {
      const $ = await page(url);
      return $('[data-test=option-count]')
        .map((_i, el) => Number($(el).text().replace(/\D/g, '')))
        .get()
        .reduce((a: number, b: number) => a + b, 0);
    };
    // At level ≥ 1: both services by default; only all-checked when just checked facts count.
    expect(await counted('/services/facets/model?level=1')).toBe(2);
    expect(await counted('/services/facets/model?level=1&checked=true')).toBe(1);
  });
});
