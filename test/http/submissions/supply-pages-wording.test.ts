import * as cheerio from 'cheerio';
import {
  makeDocument,
  makeEvidence,
  makeFact,
  makeProvider,
  makeService,
} from '../../support/catalogue-factory';
import {
  createAccountsTestApp,
  createUser,
  signIn,
  type AccountsTestApp,
  type TestUser,
} from '../../support/auth';

/** Dutch date with the month written out: "30 november 2026". */
const LONG_DUTCH_DATE =
  /\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}\b/;

const document = () =>
  makeDocument({
    providers: [makeProvider({ id: 'acme', name: 'Acme', control: makeFact('eea-controlled') })],
    services: [
      makeService({ id: 'acme-cloud', providerId: 'acme', name: 'Acme Cloud', evidence: [makeEvidence()] }),
    ],
  });

/**
 * What the supply side's users read (found walking the pages in a browser): error summaries that say
 * where the problem is, breadcrumbs back to the user's own start page, Dutch dates, empty states.
 */
describe('supply-side pages as their users read them', () => {
  let t: AccountsTestApp;
  let supplier: TestUser;
  let curator: TestUser;
  let admin: TestUser;
  beforeAll(async () => {
    t = await createAccountsTestApp({ document: document() });
    supplier = await createUser(t, { role: 'supplier', providerId: 'acme' });
    curator = await createUser(t, { role: 'curator' });
    admin = await createUser(t, { role: 'admin' });
  });
  afterAll(() => t.close());

  it('tells a new supplier how to start instead of a bare "no drafts"', async () => {
    const { agent } = await signIn(t.app, supplier);
    const $ = cheerio.load((await agent.get('/supplier').expect(200)).text);
    expect($('main').text()).toContain('Nog geen concepten of indieningen');
    expect($('main').text()).toContain('Houd de gegevens van Acme');
    expect($('[data-test=drafts]')).toHaveLength(0);
    expect(
      $('[data-test=records] [data-test=public-page]')
        .map((_, el) => $(el).attr('href'))
        .get(),
    ).toEqual(['/providers/acme', '/services/acme-cloud']);
  });

  it('names the fact in the error summary and leads back to the supplier page and the draft', async () => {
    const { agent, csrf } = await signIn(t.app, supplier);
    const opened = await agent
      .post('/drafts')
      .type('form')
      .send({ _csrf: csrf, kind: 'service', id: 'acme-cloud' })
      .expect(303);
    const href = opened.headers.location as string;
    const $form = cheerio.load((await agent.get(`${href}/contract`).expect(200)).text);
    const crumbs = $form('.cm-breadcrumbs a')
      .map((_, a) => [[$form(a).attr('href'), $form(a).text()]])
      .get() as unknown as [string, string][];
    expect(crumbs).toEqual([
      ['/', 'Home'],
      ['/supplier', 'Uw vermeldingen'],
      [href, 'Concept: Acme Cloud'],
    ]);
    // An empty source row is folded under "Een bron toevoegen"; a fact's first one says so.
    const sla = $form('[data-test=fact][data-path="contract.slaAvailabilityPct"]');
    expect(sla.find('details[data-test=add-source] > summary').text()).toBe('Een bron toevoegen');
    expect(sla.find('details[data-test=add-source]').attr('open')).toBeUndefined();
    const notice = $form('[data-test=fact][data-path="contract.noticePeriodDays"] > legend').text().trim();
    expect(notice).not.toBe('');

    const bad = await agent
      .post(`${href}/contract`)
      .type('form')
      .send({
        _csrf: csrf,
        revision: $form('input[name=revision]').val() as string,
        'contract.noticePeriodDays.value': 'soon',
        'contract.slaAvailabilityPct.value': '99.9',
        'contract.slaAvailabilityPct.sources.0.kind': 'primary',
      })
      .expect(400);
    const $bad = cheerio.load(bad.text);
    const summary = $bad('[data-test=error-summary] [data-test=error]')
      .map((_, li) => $bad(li).text().trim())
      .get();
    expect(summary).toHaveLength(2);
    // The row with a problem is shown unfolded, the value typed in it kept.
    const badSla = $bad('[data-test=fact][data-path="contract.slaAvailabilityPct"]');
    expect(badSla.find('[data-test=source-row]').first().parents('details')).toHaveLength(0);
    // Attributes are written, not escaped into the value (aria-invalid="&quot;true&quot;" is invalid ARIA).
    expect($bad('#f-contract-noticePeriodDays-value').attr('aria-invalid')).toBe('true');
    expect($bad('#f-contract-slaAvailabilityPct-value').attr('aria-invalid')).toBeUndefined();
    // In the order of the form; a source row's problem says which fact and which source it belongs to.
    expect(summary[0]).toMatch(/^Beschikbaarheid \(SLA\) — Bron 1, URL: /);
    expect(summary[1]).toMatch(new RegExp(`^${notice.replace(/[()]/g, '\\$&')}: .*geheel getal`));
  });

  it('names coded options in words and offers a way back from the new-service form', async () => {
    const { agent, csrf } = await signIn(t.app, supplier);
    const opened = await agent
      .post('/drafts')
      .type('form')
      .send({ _csrf: csrf, kind: 'service', id: 'acme-cloud' })
      .expect(303);
    const href = opened.headers.location as string;
    const $data = cheerio.load((await agent.get(`${href}/data`).expect(200)).text);
    const custody = $data('#f-data-keyCustody-value option[value=byok]');
    expect(custody.text()).toBe('eigen sleutel aangeleverd (BYOK)');
    expect($data('#f-data-keyCustody-sources-0-kind option[value=primary]').text()).toBe('primaire bron');

    // Evidence entries are named by their scheme; a date field's hint does not contradict the date picker.
    const $evidence = cheerio.load((await agent.get(`${href}/evidence`).expect(200)).text);
    const legends = $evidence('[data-test=evidence-entry] > legend')
      .map((_, l) => $evidence(l).text())
      .get();
    expect(legends).toEqual([
      expect.stringMatching(/^ISO.?27001 \(vermelding 1\)$/),
      'Een vermelding toevoegen',
    ]);
    expect($evidence('input[type=date]').first().attr('aria-describedby')).toBeDefined();
    expect($evidence('.cm-hint').text()).not.toContain('JJJJ');

    const $new = cheerio.load((await agent.get('/drafts/new-service').expect(200)).text);
    expect($new('.cm-breadcrumbs a[href="/supplier"]').text()).toBe('Uw vermeldingen');
    expect($new('#f-serviceModel option[value=iaas]').text()).toBe('Infrastructuur (IaaS)');
    expect($new('[data-test=new-service-form] a[href="/supplier"]').text()).toBe('Annuleren');
  });

  it('shows curators dates in Dutch and a submission that came in today as "vandaag"', async () => {
    const { agent, csrf } = await signIn(t.app, supplier);
    const opened = await agent
      .post('/drafts')
      .type('form')
      .send({ _csrf: csrf, kind: 'service', id: 'acme-cloud' })
      .expect(303);
    const href = opened.headers.location as string;
    const revision = cheerio
      .load((await agent.get(`${href}/contract`)).text)('input[name=revision]')
      .val();
    await agent
      .post(`${href}/contract`)
      .type('form')
      .send({ _csrf: csrf, revision, 'contract.noticePeriodDays.value': '30' })
      .expect(303);
    await agent.post(`${href}/submit`).type('form').send({ _csrf: csrf }).expect(303);
    const id = href.split('/').pop();

    const c = await signIn(t.app, curator);
    const queue = cheerio.load((await c.agent.get('/curator').expect(200)).text);
    expect(queue(`[data-test=submission][data-id=${id}] [data-test=age]`).text()).toBe('vandaag');
    const review = cheerio.load((await c.agent.get(`/curator/submissions/${id}`).expect(200)).text);
    expect(review('main').text()).toMatch(LONG_DUTCH_DATE);
    expect(review('[data-test=published-page]').attr('href')).toBe('/services/acme-cloud');

    await c.agent
      .post(`/curator/submissions/${id}/return`)
      .type('form')
      .send({ _csrf: c.csrf, message: 'Geef een bron voor de opzegtermijn.' })
      .expect(303);
    const back = cheerio.load((await agent.get(href).expect(200)).text);
    const returned = back('[data-test=comment]').filter((_, li) => back(li).text().includes('opzegtermijn'));
    expect(returned.attr('data-returned')).toBe('true');
  });

  it('shows administrators the audit trail and last sign-in in Dutch local time, not UTC', async () => {
    const { agent } = await signIn(t.app, admin);
    const audit = cheerio.load((await agent.get('/admin/audit').expect(200)).text);
    const first = audit('[data-test=audit-row] time').first();
    expect(first.text()).toMatch(LONG_DUTCH_DATE);
    expect(first.attr('datetime')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(audit('[data-test=audit]').text()).not.toContain('UTC');
    // Actions and records in words, the code still there for whoever searches the CSV.
    const login = audit('[data-test=audit-row][data-action=login]').first();
    expect(login.find('[data-test=audit-action]').text()).toMatch(/^aangemeld\s*login$/);
    expect(login.find('[data-test=audit-record]').text().trim()).toMatch(/^gebruiker \d+$/);
    expect(audit('[data-test=audit] thead').text()).not.toContain('Record');
    const users = cheerio.load((await agent.get('/admin/users').expect(200)).text);
    // The same word for the curator's role as on the queue and review pages.
    expect(users('#role option[value=curator]').text()).toBe('Beoordelaar');
    expect(users(`[data-test=user][data-email="${admin.email}"]`).text()).toMatch(LONG_DUTCH_DATE);
  });
});
