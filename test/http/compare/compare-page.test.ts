import * as cheerio from 'cheerio';
import request from 'supertest';
import { createTestApp, type TestApp } from '../../support/test-app';
import { compareDocument } from '../../unit/compare/compare-fixtures';

type Page = cheerio.CheerioAPI;

async function page(t: TestApp, url: string, status = 200): Promise<Page> {
  const res = await request(t.app).get(url).expect(status);
  return cheerio.load(res.text);
}
const row = ($: Page, id: string) => $(`[data-test=compare-row][data-row="${id}"]`);
const cells = ($: Page, id: string) => row($, id).find('td[data-test=cell]');

describe('GET /compare', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ document: compareDocument() });
  });

  it('shows the grid for 2 services: grouped rows with explanations, one cell per service', async () => {
    const $ = await page(t, '/compare?id=beta&id=alpha&lang=en');
    expect($('h1').text()).toBe('Compare services');
    const heads = $('[data-test=compare-group]').first().find('[data-test=service-head]');
    expect(heads.map((_i, el) => $(el).attr('data-service-id')).get()).toEqual(['beta', 'alpha']);
    expect(
      $('[data-test=compare-group]')
        .map((_i, el) => $(el).attr('data-group'))
        .get(),
    ).toEqual(['sovereignty', 'control', 'data', 'assurance', 'exit', 'contract']);
    // Rows unknown for both services are one line per group, not rows of "unknown".
    const environment = $('[data-test=unknown-rows][data-group=environment]');
    expect(environment.attr('data-rows')).toBe('environment.renewableEnergyPct environment.pue');
    expect(environment.text()).toBe(
      'Not in the catalogue: renewable energy, power usage effectiveness (PUE) — ask the provider.',
    );
    expect($('[data-test=compare-row][data-row^="environment."]')).toHaveLength(0);
    const rows = $('[data-test=compare-row]');
    const collapsed = $('[data-test=unknown-rows]')
      .map((_i, el) => ($(el).attr('data-rows') ?? '').split(' '))
      .get();
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length + collapsed.length).toBeGreaterThan(30);
    rows.each((_i, el) => {
      expect($(el).find('td[data-test=cell]')).toHaveLength(2);
      expect($(el).find('[data-test=explanation]').text().trim()).not.toBe('');
    });
    // Never an empty cell.
    $('td[data-test=cell]').each((_i, el) => expect($(el).text().trim()).not.toBe(''));
    expect(row($, 'contract.noticePeriodDays').find('[data-test=explanation]').text()).toContain(
      'two months',
    );
  });

  it('shows the grid for 4 services, with links that drop one column', async () => {
    const $ = await page(t, '/compare?id=alpha&id=beta&id=gamma&id=delta');
    expect(cells($, 'contract.slaAvailabilityPct')).toHaveLength(4);
    const remove = $('[data-test=remove-column]');
    expect(remove).toHaveLength(4);
    expect(remove.first().attr('href')).toBe('/compare?id=beta&id=gamma&id=delta');
  });

  it('marks unverified and unknown cells in words, and links the sources of sourced values', async () => {
    const $ = await page(t, '/compare?id=alpha&id=gamma&id=delta&lang=en');
    const sla = cells($, 'contract.slaAvailabilityPct');
    expect(sla.map((_i, el) => $(el).attr('data-state')).get()).toEqual(['value', 'unverified', 'unknown']);
    expect(sla.eq(0).find('[data-test=value]').text()).toBe('99.95%');
    expect(sla.eq(0).find('a[data-test=source]').attr('href')).toBe('https://example.org/source');
    expect(sla.eq(1).find('[data-test=unverified]').text()).toBe('unverified');
    expect(sla.eq(1).find('a[data-test=source]')).toHaveLength(0);
    expect(sla.eq(2).find('[data-test=unknown]').text()).toBe('unknown');
  });

  it('marks differing rows and hides the others with diff=1 (a link, no JavaScript)', async () => {
    const $ = await page(t, '/compare?id=alpha&id=gamma&lang=en');
    expect(row($, 'contract.switchingCharges').attr('data-differs')).toBe('true');
    expect(row($, 'contract.switchingCharges').find('[data-test=differs]').text()).toContain('differs');
    expect(row($, 'control.control').attr('data-differs')).toBe('false');
    expect(row($, 'control.control').find('[data-test=differs]')).toHaveLength(0);
    const toggle = $('[data-test=diff-toggle]');
    expect(toggle.attr('href')).toBe('/compare?id=alpha&id=gamma&diff=1');

    const d = await page(t, toggle.attr('href') as string);
    expect(row(d, 'contract.switchingCharges')).toHaveLength(1);
    expect(row(d, 'control.control')).toHaveLength(0);
    expect(d('[data-test=compare-row][data-differs=false]')).toHaveLength(0);
    const collapsed = $('[data-test=unknown-rows]')
      .map((_i, el) => ($(el).attr('data-rows') ?? '').split(' '))
      .get().length;
    const hidden = $('[data-test=compare-row][data-differs=false]').length + collapsed;
    expect(d('[data-test=diff-notice]').text()).toContain(`${hidden} rijen`);
    expect(d('[data-test=diff-toggle]').attr('href')).toBe('/compare?id=alpha&id=gamma');
  });

  it('marks the best sourced value with text; a higher unverified value is not best', async () => {
    const $ = await page(t, '/compare?id=alpha&id=beta&id=gamma&lang=en');
    const sla = cells($, 'contract.slaAvailabilityPct');
    expect(sla.map((_i, el) => $(el).attr('data-best')).get()).toEqual(['true', 'false', 'false']);
    expect(sla.eq(0).find('[data-test=best]').text()).toBe('★ best');
    const notice = cells($, 'contract.noticePeriodDays');
    expect(notice.map((_i, el) => $(el).attr('data-best')).get()).toEqual(['true', 'false', 'false']);
    expect($('[data-test=best]').length).toBeGreaterThan(3);
  });

  it('shows the EU Data Act check per service with its articles', async () => {
    const $ = await page(t, '/compare?id=alpha&id=beta&id=gamma&lang=en');
    const overall = $('[data-test=data-act-overall-cell]');
    expect(overall.map((_i, el) => $(el).attr('data-outcome')).get()).toEqual(['met', 'not-met', 'unknown']);
    expect(overall.eq(1).text()).toContain('not met');
    expect(
      $('[data-test=article]')
        .map((_i, el) => $(el).text())
        .get(),
    ).toEqual(['Art. 25(2)(d)', 'Art. 29(2)–(3)', 'Art. 25(2)(g)']);
    const notice = $('[data-test=data-act-criterion]').first().find('[data-test=data-act-cell]');
    expect(notice.eq(2).attr('data-outcome')).toBe('unknown');
    expect(notice.eq(2).text()).toContain('without a source');
  });

  it('draws the level chart as accessible SVG with the same data as a table', async () => {
    const $ = await page(t, '/compare?id=alpha&id=beta&lang=en');
    const svg = $('[data-test=chart] svg');
    expect(svg.attr('role')).toBe('img');
    expect(svg.find('title').first().text()).toBe('Sovereignty levels per dimension');
    expect(svg.find('desc').text()).toContain('Service alpha: Control and jurisdiction');
    const tableRows = $('[data-test=chart-row]');
    expect(tableRows.map((_i, el) => $(el).find('th').text()).get()).toEqual([
      'Service alpha',
      'Service beta',
    ]);
    const overall = cells($, 'sovereignty.jurisdiction').first().text();
    expect(overall).toContain(`Level ${tableRows.first().find('td').first().text()}`);
  });

  it('links a CSV download of the same comparison', async () => {
    const $ = await page(t, '/compare?id=alpha&id=beta');
    expect($('[data-test=csv-link]').attr('href')).toBe('/compare.csv?id=alpha&id=beta');
  });

  describe('errors and edge cases', () => {
    it('answers 404 naming an unknown id', async () => {
      const $ = await page(t, '/compare?id=alpha&id=no-such-service&lang=en', 404);
      expect($('[data-test=not-found]').text()).toContain('no-such-service');
    });

    it('answers 400 naming the parameter for 5 ids, a malformed id or a bad diff', async () => {
      const five = await page(t, '/compare?id=alpha&id=beta&id=gamma&id=delta&id=zeta&lang=en', 400);
      expect(five('[data-test=problem]').attr('data-parameter')).toBe('id');
      expect(five('[data-test=problem]').text()).toContain('at most 4');
      const bad = await page(t, '/compare?id=alpha&id=Not_An_Id', 400);
      expect(bad('[data-test=problem]').attr('data-parameter')).toBe('id');
      const diff = await page(t, '/compare?id=alpha&id=beta&diff=yes', 400);
      expect(diff('[data-test=problem]').attr('data-parameter')).toBe('diff');
    });

    it('explains that at least two are needed when one id is given', async () => {
      const $ = await page(t, '/compare?id=alpha&lang=en');
      expect($('[data-test=basket-notice]').attr('data-notice')).toBe('tooFew');
      expect($('[data-test=basket-notice]').text()).toContain('at least 2');
      expect($('[data-test=basket-notice]').text()).toContain('Service alpha');
      expect($('[data-test=compare-row]')).toHaveLength(0);
    });

    it('treats a repeated id as one service', async () => {
      const $ = await page(t, '/compare?id=alpha&id=alpha&id=beta');
      expect(cells($, 'contract.slaAvailabilityPct')).toHaveLength(2);
    });
  });
});

describe('GET /compare.csv', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ document: compareDocument() });
  });

  it('downloads UTF-8 CSV with BOM, dates and one column per service', async () => {
    const res = await request(t.app).get('/compare.csv?id=alpha&id=gamma&lang=en').buffer(true).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="?cloudmarkt-compare-2026-11-28\.csv"?$/,
    );
    const text = res.text;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\n');
    expect(lines[0]).toBe('Catalogue date,2026-11-01');
    expect(lines[1]).toBe('Assessment date,2026-11-28');
    expect(lines[3]).toBe('Group,Row,Service alpha,Service gamma');
    expect(lines).toContain('Contract,Availability (SLA),99.95%,99.99% (unverified)');
  });

  it('answers 400 for fewer than two and 404 for an unknown id', async () => {
    await request(t.app).get('/compare.csv?id=alpha').expect(400);
    await request(t.app).get('/compare.csv?id=alpha&id=ghost').expect(404);
  });
});
