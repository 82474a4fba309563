import * as cheerio from 'cheerio';
import { makeDocument, makeFact, makeProvider, makeService } from '../../support/catalogue-factory';
import {
  createAccountsTestApp,
  createUser,
  signIn,
  type AccountsTestApp,
  type TestUser,
} from '../../support/auth';

const document = () =>
  makeDocument({
    providers: [
      makeProvider({ id: 'acme', name: 'Acme', control: makeFact('eea-controlled') }),
      makeProvider({ id: 'decoy', name: 'Decoy' }),
    ],
    services: [
      makeService({
        id: 'acme-cloud',
        providerId: 'acme',
        name: 'Acme Cloud',
        exit: { exportFormats: makeFact(['CSV']) },
      }),
      makeService({
        id: 'acme-files',
        providerId: 'acme',
        name: 'Acme Files',
        exit: { exportFormats: makeFact(['CSV']) },
      }),
      makeService({ id: 'decoy-cloud', providerId: 'decoy', name: 'Decoy Cloud' }),
    ],
  });

describe('submission pages', () => {
  let t: AccountsTestApp;
  let supplier: TestUser;
  let stranger: TestUser;
  let curatorA: TestUser;
  let curatorB: TestUser;
  beforeAll(async () => {
    t = await createAccountsTestApp({ document: document() });
    supplier = await createUser(t, { role: 'supplier', providerId: 'acme' });
    stranger = await createUser(t, { role: 'supplier', providerId: 'decoy' });
    curatorA = await createUser(t, { role: 'curator' });
    curatorB = await createUser(t, { role: 'curator' });
  });
  afterAll(() => t.close());

  async function openServiceDraft(serviceId = 'acme-cloud') {
    const session = await signIn(t.app, supplier);
    const opened = await session.agent
      .post('/drafts')
      .type('form')
      .send({ _csrf: session.csrf, kind: 'service', id: serviceId })
      .expect(303);
    const href = opened.headers.location as string;
    expect(href).toMatch(/^\/drafts\/\d+$/);
    return { ...session, href, id: Number(href.split('/').pop()) };
  }

  it('walks a supplier through a section with errors next to the fields, then saves and submits it', async () => {
    const { agent, csrf, href } = await openServiceDraft();
    const form = await agent.get(`${href}/contract`).expect(200);
    const $form = cheerio.load(form.text);
    expect($form('[data-test=fact]')).toHaveLength(17);
    const revision = $form('input[name=revision]').val() as string;

    const bad = await agent
      .post(`${href}/contract`)
      .type('form')
      .send({
        _csrf: csrf,
        revision,
        'contract.slaAvailabilityPct.value': '120',
        'contract.noticePeriodDays.value': 'soon',
      })
      .expect(400);
    const $bad = cheerio.load(bad.text);
    expect($bad('title').text()).toMatch(/^Fout:/);
    expect(
      $bad('[data-test=error] a')
        .map((_, a) => $bad(a).attr('href'))
        .get(),
    ).toEqual(['#f-contract-noticePeriodDays-value']);
    expect($bad('[data-name="contract.noticePeriodDays.value"] [data-test=field-error]').text()).toContain(
      'geheel getal',
    );
    // What was typed is shown again.
    expect($bad('#f-contract-slaAvailabilityPct-value').val()).toBe('120');

    await agent
      .post(`${href}/contract`)
      .type('form')
      .send({
        _csrf: csrf,
        revision,
        'contract.slaAvailabilityPct.value': '99.9',
        'contract.slaAvailabilityPct.sources.0.url': 'https://acme.example/sla',
        'contract.slaAvailabilityPct.sources.0.kind': 'primary',
      })
      .expect(303);
    const overview = cheerio.load((await agent.get(href).expect(200)).text);
    expect(
      overview('[data-test=change]')
        .map((_, r) => overview(r).attr('data-key'))
        .get(),
    ).toEqual(['contract.slaAvailabilityPct']);
    await agent.post(`${href}/submit`).type('form').send({ _csrf: csrf }).expect(303);
    const after = cheerio.load((await agent.get(href).expect(200)).text);
    expect(after('[data-test=draft-status]').attr('data-status')).toBe('submitted');
  });

  it('treats every draft id of another provider as not found, on every route', async () => {
    const { id } = await openServiceDraft();
    const other = await signIn(t.app, stranger);
    const gets = [`/drafts/${id}`, `/drafts/${id}/contract`, `/drafts/${id}/general`];
    for (const path of gets) await other.agent.get(path).expect(404);
    for (const path of ['submit', 'refresh', 'comments', 'contract', 'evidence']) {
      await other.agent
        .post(`/drafts/${id}/${path}`)
        .type('form')
        .send({ _csrf: other.csrf, comment: 'x' })
        .expect(404);
    }
    await other.agent
      .post('/drafts')
      .type('form')
      .send({ _csrf: other.csrf, kind: 'service', id: 'acme-cloud' })
      .expect(404);
    await other.agent
      .post('/drafts')
      .type('form')
      .send({ _csrf: other.csrf, kind: 'provider', id: 'acme' })
      .expect(404);
    for (const path of ['/drafts/abc', '/drafts/99999999', '/drafts/1%27%20or%201=1', `/drafts/${id}/nope`]) {
      await other.agent.get(path).expect(404);
    }
    // Suppliers never reach curator routes.
    await other.agent.get('/curator').expect(403);
    await other.agent.get(`/curator/submissions/${id}`).expect(403);
    await other.agent
      .post(`/curator/submissions/${id}/approve`)
      .type('form')
      .send({ _csrf: other.csrf })
      .expect(403);
    // Anonymous visitors are sent to sign in; a form without its CSRF token is refused.
    const anonymous = await t.app;
    const request = (await import('supertest')).default;
    expect((await request(anonymous).get(`/drafts/${id}`)).status).toBe(401);
    const own = await signIn(t.app, supplier);
    await own.agent.post(`/drafts/${id}/comments`).type('form').send({ comment: 'no token' }).expect(403);
  });

  it('shows curators the queue and the diff with the level effect; only another curator approves', async () => {
    const session = await openServiceDraft('acme-files');
    const rev = cheerio
      .load((await session.agent.get(`${session.href}/exit`)).text)('input[name=revision]')
      .val();
    await session.agent
      .post(`${session.href}/exit`)
      .type('form')
      .send({
        _csrf: session.csrf,
        revision: rev,
        'exit.exportFormats.value': 'CSV',
        'exit.exportFormats.sources.0.url': 'https://example.org/source',
        'exit.exportFormats.sources.0.kind': 'primary',
        'exit.exportFormats.sources.0.retrievedOn': '2026-11-28',
        'exit.dataActSwitching.value': 'true',
        'exit.dataActSwitching.sources.0.url': 'https://acme.example/switching',
      })
      .expect(303);
    await session.agent.post(`${session.href}/submit`).type('form').send({ _csrf: session.csrf }).expect(303);

    const a = await signIn(t.app, curatorA);
    const queue = cheerio.load((await a.agent.get('/curator').expect(200)).text);
    const row = queue(`[data-test=submission][data-id=${session.id}]`);
    expect(row.find('[data-test=change-count]').text()).toBe('1');
    const review = cheerio.load((await a.agent.get(`/curator/submissions/${session.id}`).expect(200)).text);
    const change = review('[data-test=change][data-key="exit.dataActSwitching"]');
    expect(change.find('[data-test=before]').text()).toContain('niet opgegeven');
    expect(change.find('[data-test=after] [data-test=source] a').attr('href')).toBe(
      'https://acme.example/switching',
    );
    const openness = review('[data-test=effect] [data-test=effect-dimension]').eq(2);
    expect([openness.attr('data-before'), openness.attr('data-after')]).toEqual(['1', '2']);
    expect(openness.find('[data-test=moved]').text()).toContain('T2');
    // The changed row is marked (the attribute written, not escaped into text).
    expect(openness.attr('class')).toBe('cm-changed');

    await a.agent
      .post(`/curator/submissions/${session.id}/decisions`)
      .type('form')
      .send({ _csrf: a.csrf, item: 'exit.dataActSwitching', decision: 'checked' })
      .expect(303);
    await a.agent
      .post(`/curator/submissions/${session.id}/approve`)
      .type('form')
      .send({ _csrf: a.csrf })
      .expect(303);
    const entry = t.store.current().serviceById.get('acme-files');
    expect(entry?.service.exit?.dataActSwitching?.value).toBe(true);
    // The second curator is told, not given a 500.
    const b = await signIn(t.app, curatorB);
    const late = await b.agent
      .post(`/curator/submissions/${session.id}/approve`)
      .type('form')
      .send({ _csrf: b.csrf });
    expect(late.status).toBe(409);
    expect(cheerio.load(late.text)('[data-test=refusal]').text()).toContain('al goedgekeurd');
  });
});
