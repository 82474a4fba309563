import * as cheerio from 'cheerio';
import request from 'supertest';
import { createAccountsTestApp, createUser, signIn, type AccountsTestApp } from '../support/auth';
import { decoded, startSmtp } from '../support/smtp';

describe('e-mail', () => {
  let t: AccountsTestApp;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    smtp = await startSmtp();
    t = await createAccountsTestApp({
      env: { SMTP_URL: smtp.url, MAIL_FROM: 'Cloudmarkt <noreply@cloudmarkt.test>' },
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('sends an invitation through the SMTP server; the outbox keeps only that it was sent', async () => {
    const admin = await createUser(t, { role: 'admin' });
    const { agent, csrf } = await signIn(t.app, admin);
    await agent
      .post('/admin/users')
      .type('form')
      .send({ _csrf: csrf, email: 'by-smtp@example.org', role: 'curator' })
      .expect(303);
    const page = await agent.get('/admin/users').expect(200);
    expect(cheerio.load(page.text)('[data-test=flash]').text()).toMatch(/per e-mail verstuurd/);
    expect(cheerio.load(page.text)('[data-test=flash-link]').length).toBe(0);

    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail.from).toBe('noreply@cloudmarkt.test');
    expect(mail.to).toEqual(['by-smtp@example.org']);
    expect(mail.data).toMatch(/^Subject: Uitnodiging voor Cloudmarkt/m);
    const link = /http:\/\/localhost:3000\/invitation\/[A-Za-z0-9_-]{43}/.exec(decoded(mail.data))?.[0];
    expect(link).toBeDefined();
    await request(t.app)
      .get(new URL(link as string).pathname)
      .expect(200);

    const row = await t.db.knex('mail_outbox').where({ recipient: 'by-smtp@example.org' }).first();
    expect(row).toMatchObject({ transport: 'smtp', body: null, error: null });
    expect(row?.sent_at).not.toBeNull();
  });

  it('keeps a message it could not send in the outbox with the error, for an administrator', async () => {
    const closed = await startSmtp();
    await closed.close();
    const app = t.makeApp({ SMTP_URL: closed.url });
    const admin = await createUser(t, { role: 'admin' });
    const { agent, csrf } = await signIn(app, admin);
    await agent
      .post('/admin/users')
      .type('form')
      .send({ _csrf: csrf, email: 'unsent@example.org', role: 'curator' })
      .expect(303);
    const row = await t.db.knex('mail_outbox').where({ recipient: 'unsent@example.org' }).first();
    expect(row?.sent_at).toBeNull();
    expect(row?.error).toBeTruthy();
    expect(row?.body).toMatch(/\/invitation\/[A-Za-z0-9_-]{43}/);
    const outbox = await agent.get('/admin/outbox').expect(200);
    const $ = cheerio.load(outbox.text);
    const shown = $('[data-test=mail][data-recipient="unsent@example.org"]');
    expect(shown.find('[data-test=mail-error]').length).toBe(1);
    expect(shown.find('[data-test=mail-body]').text()).toContain('/invitation/');
  });
});

describe('e-mail without SMTP_URL', () => {
  let t: AccountsTestApp;
  beforeAll(async () => {
    t = await createAccountsTestApp();
  });
  afterAll(() => t.close());

  it('keeps the invitation in the outbox, readable by administrators only', async () => {
    const admin = await createUser(t, { role: 'admin' });
    const { agent, csrf } = await signIn(t.app, admin);
    await agent
      .post('/admin/users')
      .type('form')
      .send({ _csrf: csrf, email: 'outboxed@example.org', role: 'curator' })
      .expect(303);
    const flash = cheerio
      .load((await agent.get('/admin/users')).text)('[data-test=flash-link]')
      .text();
    expect(flash).toMatch(/\/invitation\//);
    const $ = cheerio.load((await agent.get('/admin/outbox').expect(200)).text);
    const mail = $('[data-test=mail][data-recipient="outboxed@example.org"]');
    expect(mail.attr('data-transport')).toBe('outbox');
    expect(mail.find('[data-test=mail-body]').text()).toContain(flash);
    const curator = await createUser(t, { role: 'curator' });
    await (await signIn(t.app, curator)).agent.get('/admin/outbox').expect(403);
  });
});
