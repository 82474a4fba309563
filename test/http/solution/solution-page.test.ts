import * as cheerio from 'cheerio';
import request from 'supertest';
import { STANDARDS } from '../../../src/domain/solution/standards';
import { createTestApp, referenceCatalogue, type TestApp } from '../../support/test-app';

describe('/solutions', () => {
  let t: TestApp;
  const doc = referenceCatalogue();
  const software = doc.services.find(
    (s) => s.serviceModel === 'software' && s.capabilities?.includes('file-storage'),
  )!;
  const iaas = doc.services.find((s) => s.serviceModel === 'iaas')!;
  // The SaaS mail service with the fewest functions (not a suite, not infrastructure).
  const mail = doc.services
    .filter(
      (s) =>
        s.serviceModel === 'saas' &&
        s.capabilities?.includes('mail-calendar') &&
        !s.categories.includes('compute'),
    )
    .sort((a, b) => a.capabilities!.length - b.capabilities!.length)[0];
  const otherSoftware = doc.services.find((s) => s.serviceModel === 'software' && s.id !== software.id)!;

  beforeAll(async () => {
    t = await createTestApp({ document: doc });
  });

  it('without parameters shows the composer form only', async () => {
    const $ = cheerio.load((await request(t.app).get('/solutions').expect(200)).text);
    expect($('[data-test=solution-form]').attr('action')).toBe('/solutions');
    expect($('[data-test=solution-select][data-name="fn.mail-calendar"]')).toHaveLength(1);
    expect($('[data-test=solution]')).toHaveLength(0);
  });

  it('shows every section of a composed solution, with the host of software', async () => {
    const url = `/solutions?fn.mail-calendar=${mail.id}&fn.file-storage=${software.id}&on.${software.id}=${iaas.id}`;
    const $ = cheerio.load((await request(t.app).get(url).expect(200)).text);
    const ids = $('[data-test=component]')
      .map((_i, el) => $(el).attr('data-id'))
      .get();
    expect(ids).toEqual([mail.id, software.id, iaas.id]);
    expect($(`[data-test=component][data-id=${software.id}] [data-test=component-runs-on]`).text()).toBe(
      iaas.name,
    );
    for (const section of ['coverage', 'sovereignty', 'integration', 'contracts', 'continuity', 'checks']) {
      expect($(`[data-test=${section}]`)).toHaveLength(1);
    }
    expect($('[data-test=coverage-row][data-id=mail-calendar] [data-test=coverage-chosen]').text()).toBe(
      mail.name,
    );
    const alone = cheerio.load(
      (await request(t.app).get(`/solutions?fn.mail-calendar=${mail.id}`).expect(200)).text,
    );
    const uncovered = doc.capabilities.find((c) => !mail.capabilities?.includes(c.id))!;
    expect(alone(`[data-test=coverage-row][data-id=${uncovered.id}]`).attr('data-gap')).toBe('true');
    expect($('[data-test=check][data-id=bio]').text()).toContain('niet in de catalogus');
    // The facts behind a check carry their sources: the mail service's data locations.
    const dataSources = $('[data-test=check][data-id=dataInEea] [data-test=source] a')
      .map((_i, el) => $(el).attr('href'))
      .get();
    expect(dataSources).toEqual(expect.arrayContaining(mail.data!.locations!.sources!.map((s) => s.url)));
    expect($('[data-test=csv-link]').attr('href')).toContain('/solutions.csv?');
  });

  it('links a standard on the ‘pas toe of leg uit’ list to its source, and marks a claim the source does not confirm', async () => {
    const own = referenceCatalogue();
    const withFormats = own.services.find((s) => s.id === mail.id)!;
    withFormats.exit = {
      ...withFormats.exit,
      openStandards: { value: ['ODF', 'PDF/A'], sources: [{ url: 'https://example.org/formats' }] },
    };
    const { app } = await createTestApp({ document: own });
    const $ = cheerio.load(
      (await request(app).get(`/solutions?fn.mail-calendar=${mail.id}`).expect(200)).text,
    );
    const claim = (name: string) =>
      $('[data-test=standard]')
        .filter((_i, el) => $(el).text() === name)
        .next();
    const odf = STANDARDS.byId.get('odf')!.forumStandaardisatie!;
    const pdfa = STANDARDS.byId.get('pdf-a')!.forumStandaardisatie!;
    expect(odf.unverified).toBeUndefined();
    expect(pdfa.unverified).toBeDefined();
    expect(claim('ODF').attr('href')).toBe(odf.source);
    expect(claim('ODF').next('[data-test=mandatory-unverified]')).toHaveLength(0);
    expect(claim('PDF/A').attr('href')).toBe(pdfa.source);
    expect(claim('PDF/A').next('[data-test=mandatory-unverified]').text()).toBe(
      'niet geverifieerd: de bron bevestigt dit niet',
    );
  });

  it.each([
    ['/solutions?fn.nonsense=x', 'fn.nonsense'],
    ['/solutions?fn.mail-calendar=Not_An_Id', 'fn.mail-calendar'],
    ['/solutions?bogus=1', 'bogus'],
    ['/solutions?fn.mail-calendar=a&fn.mail-calendar=b', 'fn.mail-calendar'],
  ])('answers 400 naming the parameter for %s', async (url, parameter) => {
    const res = await request(t.app).get(url).expect(400);
    expect(cheerio.load(res.text)('body').text()).toContain(parameter);
  });

  it('answers 400 when a service does not provide the function or cannot host', async () => {
    let res = await request(t.app).get(`/solutions?fn.mail-calendar=${iaas.id}`).expect(400);
    expect(res.text).toContain('fn.mail-calendar');
    res = await request(t.app)
      .get(`/solutions?fn.file-storage=${software.id}&on.${software.id}=${otherSoftware.id}`)
      .expect(400);
    expect(res.text).toContain(`on.${software.id}`);
    res = await request(t.app).get(`/solutions?fn.mail-calendar=${mail.id}&on.${mail.id}=own`).expect(400);
    expect(res.text).toContain(`on.${mail.id}`);
  });

  it('answers 404 naming the parameter for an unknown service', async () => {
    const $ = cheerio.load((await request(t.app).get('/solutions?fn.chat=no-such-service').expect(404)).text);
    expect($('[data-test=not-found]').text()).toContain('no-such-service');
    expect($('[data-test=not-found-parameter]').text()).toContain('fn.chat');
  });

  it('exports CSV and ODS deterministically, whatever the order of the parameters', async () => {
    const a = `fn.mail-calendar=${mail.id}&fn.file-storage=${software.id}&on.${software.id}=own`;
    const b = `on.${software.id}=own&fn.file-storage=${software.id}&fn.mail-calendar=${mail.id}`;
    const csv1 = await request(t.app).get(`/solutions.csv?${a}`).buffer(true).expect(200);
    const csv2 = await request(t.app).get(`/solutions.csv?${b}`).buffer(true).expect(200);
    expect(csv1.headers['content-type']).toContain('text/csv');
    expect(csv1.text).toBe(csv2.text);
    expect(csv1.text).toContain(mail.name);
    const ods1 = await request(t.app).get(`/solutions.ods?${a}`).buffer(true).parse(binary).expect(200);
    const ods2 = await request(t.app).get(`/solutions.ods?${b}`).buffer(true).parse(binary).expect(200);
    expect(ods1.headers['content-type']).toBe('application/vnd.oasis.opendocument.spreadsheet');
    expect(Buffer.compare(ods1.body as Buffer, ods2.body as Buffer)).toBe(0);
    expect((ods1.body as Buffer).subarray(30, 38).toString('ascii')).toBe('mimetype');
  });

  it('refuses an empty export with a 400 naming the parameter', async () => {
    const res = await request(t.app).get('/solutions.csv').expect(400);
    expect(res.text).toContain('fn');
  });

  it('returns the solution as JSON from the API with the same parameters', async () => {
    const res = await request(t.app)
      .get(
        `/api/v1/solutions?fn.mail-calendar=${mail.id}&fn.file-storage=${software.id}&on.${software.id}=${iaas.id}`,
      )
      .expect(200);
    const body = res.body as { components: { id: string }[]; sovereignty: { overall: number } };
    expect(body.components.map((c) => c.id)).toEqual([mail.id, software.id, iaas.id]);
    expect(typeof body.sovereignty.overall).toBe('number');
    const bad = await request(t.app).get('/api/v1/solutions?fn.chat=nope-nope').expect(404);
    expect((bad.body as { error: { details: { parameter: string }[] } }).error.details[0].parameter).toBe(
      'fn.chat',
    );
  });
});

function binary(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('the basket links to the composer', () => {
  it('places the picked services and the composer accepts the link', async () => {
    const { app } = await createTestApp();
    const agent = request.agent(app);
    const doc = referenceCatalogue();
    const ids = doc.services
      .filter((s) => s.capabilities?.includes('chat'))
      .map((s) => s.id)
      .slice(0, 2);
    const page = cheerio.load((await agent.get(`/services/${ids[0]}`).expect(200)).text);
    const token = page('input[name=_csrf]').first().attr('value');
    for (const id of ids) {
      await agent
        .post('/compare/basket')
        .type('form')
        .send({ _csrf: token ?? '', action: 'add', id, returnTo: '/compare' });
    }
    const $ = cheerio.load((await agent.get('/compare').expect(200)).text);
    const href = $('[data-test=basket-solution]').attr('href')!;
    expect(href).toContain(`fn.chat=${ids[0]}`);
    const solution = cheerio.load((await agent.get(href).expect(200)).text);
    expect(
      solution('[data-test=component]')
        .map((_i, el) => solution(el).attr('data-id'))
        .get(),
    ).toEqual(expect.arrayContaining(ids));
  });
});

describe('/solutions on a large catalogue', () => {
  it('offers the best 100 services per function, says so, and keeps a chosen one beyond them', async () => {
    const doc = referenceCatalogue();
    const template = doc.services.find((s) => s.serviceModel === 'saas' && s.capabilities?.includes('chat'))!;
    // 400 more chat services without facts (level 0): they sort after the reference ones.
    for (let i = 0; i < 400; i++) {
      doc.services.push({
        ...template,
        id: `chat-clone-${i}`,
        name: `Chat clone ${i}`,
        data: undefined,
        evidence: [],
        exit: undefined,
        contract: undefined,
      });
    }
    const { app } = await createTestApp({ document: doc });
    const $ = cheerio.load((await request(app).get('/solutions?fn.chat=chat-clone-399').expect(200)).text);
    const select = $('select[name="fn.chat"]');
    const count = doc.services.filter((s) => s.capabilities?.includes('chat')).length;
    expect(select.find('option')).toHaveLength(1 + 100 + 1);
    expect(select.find('option[selected]').attr('value')).toBe('chat-clone-399');
    expect($('[data-test=solution-select][data-name="fn.chat"]').text()).toContain(`van ${count}`);
    expect(
      $('[data-test=component]')
        .map((_i, el) => $(el).attr('data-id'))
        .get(),
    ).toEqual(['chat-clone-399']);
  });
});
