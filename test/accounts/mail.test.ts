import type { AddressInfo } from 'node:net';
import * as cheerio from 'cheerio';
import { SMTPServer } from 'smtp-server';
import request from 'supertest';
import { createAccountsTestApp, createUser, signIn, type AccountsTestApp } from '../support/auth';

interface Received {
  from: string;
  to: string[];
  data: string;
}

/** A real SMTP server on a random local port that keeps what it receives. */
async function startSmtp(): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The quoted-printable body of a message as plain text. */
function decoded(data: string): string {
  return data
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

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
