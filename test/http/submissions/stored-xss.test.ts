import * as cheerio from 'cheerio';
import request from 'supertest';
import { HistoryService } from '../../../src/services/history/history-service';
import { importCatalogue } from '../../../src/services/catalogue/import-catalogue';
import { makeSource } from '../../support/catalogue-factory';
import {
  appWith,
  createSupplySide,
  openDraft,
  post,
  revisionOf,
  saveSection,
  type Session,
  type SupplySide,
} from '../../support/supply-side';

/**
 * Stored XSS and CSV injection through what suppliers type: every field ends up on the public
 * service page, the curator's diff, the Atom feeds and the CSV exports. Links a supplier enters are
 * web addresses only.
 */

const NAME = 'Acme Cloud <script>alert("name")</script>';
const NOTES = '<img src=x onerror=alert(1)>';
const TITLE = '<b onmouseover=alert(2)>SLA</b>';
const NOTE = '"><script>alert(3)</script>';
const URL_WITH_QUOTE = "https://acme.example/sla?q='onmouseover=alert(4)";
const FORMULA_NAME = '=HYPERLINK("https://evil.example","Acme")';

/** No script of the page's own making, no event handler attribute, no link that runs script. */
function expectInert(html: string, where: string): void {
  const $ = cheerio.load(html);
  const problems: string[] = [];
  $('script:not([src])').each((_, el) => void problems.push(`inline script: ${$(el).text()}`));
  $('*').each((_, el) => {
    for (const [name, value] of Object.entries(
      (el as unknown as { attribs: Record<string, string> }).attribs,
    )) {
      if (/^on/i.test(name)) problems.push(`${name} on <${(el as { name: string }).name}>`);
      if (/^(href|src|action|formaction)$/i.test(name) && /^\s*(javascript|data|vbscript):/i.test(value))
        problems.push(`${name}=${value}`);
    }
  });
  expect([where, problems]).toEqual([where, []]);
}

describe('what suppliers type, shown to buyers and curators', () => {
  let s: SupplySide;
  beforeAll(async () => {
    s = await createSupplySide();
  });
  afterAll(() => s.close());

  const general = {
    name: NAME,
    'summary.nl': 'Samenvatting',
    'notes.nl': NOTES,
    serviceModel: 'iaas',
    categories: 'test-category',
  };

  /** Checks every reviewable item of a submission and approves it as the curator. */
  async function checkAndApprove(id: number, curator: Session = s.as.curator) {
    const review = cheerio.load((await curator.agent.get(`/curator/submissions/${id}`).expect(200)).text);
    const items = review('input[name=item]')
      .map((_, el) => review(el).val() as string)
      .get();
    for (const item of new Set(items))
      await post(curator, `/curator/submissions/${id}/decisions`, { item, decision: 'checked' }).expect(303);
    await post(curator, `/curator/submissions/${id}/approve`).expect(303);
  }

  it('accepts only http(s) addresses in every link field, naming the field', async () => {
    const a = s.as.supplierA;
    const id = await openDraft(a, 'service', 'acme-files');
    const before = (await s.t.db.knex('drafts').where({ id }).first())?.record;
    const hostile = [
      'javascript:alert(1)',
      'JavaScript:alert(document.cookie)',
      '  javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'java\tscript:alert(1)',
      '//evil.example/sla',
      'https:evil.example',
      'ftp://acme.example/sla',
    ];
    const cases: [string, Record<string, string>, string][] = [];
    for (const url of hostile) {
      cases.push([
        'contract',
        { ...SLA_VALUE, 'contract.slaAvailabilityPct.sources.0.url': url },
        'contract.slaAvailabilityPct.sources.0.url',
      ]);
      cases.push(['general', { ...general, name: 'Acme Files', website: url }, 'website']);
      cases.push([
        'openness',
        { 'openSource.value.licence': 'MIT', 'openSource.value.sourceUrl': url },
        'openSource.value.sourceUrl',
      ]);
      cases.push([
        'evidence',
        { 'evidence.0.scheme': 'ISO27001', 'evidence.0.sources.0.url': url },
        'evidence.0.sources.0.url',
      ]);
    }
    const wrong: string[] = [];
    for (const [section, fields, field] of cases) {
      const revision = await revisionOf(a, id, section);
      const res = await post(a, `/drafts/${id}/${section}`, { revision, ...fields });
      const $ = cheerio.load(res.text);
      const hrefs = $('[data-test=error] a')
        .map((_, el) => $(el).attr('href'))
        .get();
      const expected = `#f-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;
      if (res.status !== 400 || !hrefs.includes(expected))
        wrong.push(`${section} ${JSON.stringify(fields)}: ${res.status} ${hrefs.join(' ')}`);
    }
    expect(wrong).toEqual([]);
    expect((await s.t.db.knex('drafts').where({ id }).first())?.record).toEqual(before);
    // Plain web addresses pass.
    await saveSection(a, id, 'general', {
      ...general,
      name: 'Acme Files',
      website: 'HTTPS://acme.example/files',
    });
  });

  it('refuses a catalogue import with a link that is no web address', async () => {
    const document = structuredClone(s.t.store.current().document);
    const service = document.services.find((x) => x.id === 'decoy-cloud');
    if (!service?.exit?.exportFormats) throw new Error('fixture changed');
    service.exit.exportFormats.sources = [makeSource({ url: 'javascript:alert(1)' })];
    const result = await importCatalogue(s.t.db, document);
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toContain('/services/3/exit/exportFormats/sources/0/url');
  });

  it('shows hostile text as text on the diff, the service page and the Atom feeds', async () => {
    const a = s.as.supplierA;
    const id = await openDraft(a, 'service', 'acme-cloud');
    await saveSection(a, id, 'general', general);
    await saveSection(a, id, 'contract', {
      ...SLA_VALUE,
      'contract.slaAvailabilityPct.note': NOTE,
      'contract.slaAvailabilityPct.sources.0.url': URL_WITH_QUOTE,
      'contract.slaAvailabilityPct.sources.0.title': TITLE,
      'contract.slaAvailabilityPct.sources.0.note': NOTE,
    });
    expectInert((await a.agent.get(`/drafts/${id}`).expect(200)).text, 'draft overview');
    expectInert((await a.agent.get(`/drafts/${id}/contract`).expect(200)).text, 'section form');
    await post(a, `/drafts/${id}/submit`).expect(303);

    const diff = await s.as.curator.agent.get(`/curator/submissions/${id}`).expect(200);
    expectInert(diff.text, 'curator diff');
    const $diff = cheerio.load(diff.text);
    expect($diff('main').text()).toContain(TITLE);
    expect($diff('[data-test=source] a').attr('href')).toBe(URL_WITH_QUOTE);
    expectInert((await s.as.curator.agent.get('/curator').expect(200)).text, 'queue');
    await checkAndApprove(id);

    const page = await request(s.t.app).get('/services/acme-cloud').expect(200);
    expectInert(page.text, 'service page');
    const $page = cheerio.load(page.text);
    expect($page('h1').text()).toContain(NAME);
    expect($page('main').text()).toContain(NOTES);
    expectInert((await request(s.t.app).get('/services?q=acme').expect(200)).text, 'list');
    expectInert((await request(s.t.app).get('/providers/acme').expect(200)).text, 'provider page');

    const app = appWith(s, { history: new HistoryService(s.t.db.knex) });
    for (const path of ['/services/acme-cloud.atom', '/changes.atom', '/providers/acme.atom']) {
      const feed = await request(app).get(path).expect(200);
      const $feed = cheerio.load(feed.text, { xmlMode: true });
      expect($feed('entry').length).toBeGreaterThan(0);
      // Titles and contents are type="html": their text is the HTML a reader shows.
      $feed('entry > title, entry > content').each((_, el) => expectInert($feed(el).text(), `${path} entry`));
      expect(feed.text).not.toContain('<script>');
    }
    expectInert((await request(app).get('/services/acme-cloud/history').expect(200)).text, 'history page');
    expectInert((await request(app).get('/changes').expect(200)).text, 'changes page');
  });

  it('neutralises a formula a supplier typed in every CSV export', async () => {
    const a = s.as.supplierA;
    const id = await openDraft(a, 'provider', 'acme');
    await saveSection(a, id, 'general', { name: FORMULA_NAME, type: 'market', hqCountry: 'NL' });
    await post(a, `/drafts/${id}/submit`).expect(303);
    await checkAndApprove(id);
    expect(s.t.store.current().providers.get('acme')?.name).toBe(FORMULA_NAME);

    for (const path of ['/completeness.csv', '/services.csv']) {
      const res = await request(s.t.app).get(path).expect(200);
      const all = cells(res.text);
      expect([path, all.some((c) => c.startsWith("'=HYPERLINK"))]).toEqual([path, true]);
      expect([path, all.filter((c) => /^[=+@]/.test(c))]).toEqual([path, []]);
    }
    const audit = await s.as.admin.agent.get('/admin/audit.csv').expect(200);
    expect(cells(audit.text).filter((c) => /^[=+@]/.test(c))).toEqual([]);
  });
});

/** Every cell of a CSV text (RFC 4180 quoting), in order. */
function cells(csv: string): string[] {
  const out: string[] = [];
  const text = csv.replace(/^\uFEFF/, '');
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && (c === ',' || c === '\n')) {
      out.push(cell.replace(/\r$/, ''));
      cell = '';
    } else {
      cell += c;
    }
  }
  out.push(cell);
  return out;
}

const SLA_VALUE = {
  'contract.slaAvailabilityPct.value': '99.9',
  'contract.slaAvailabilityPct.sources.0.kind': 'primary',
};
