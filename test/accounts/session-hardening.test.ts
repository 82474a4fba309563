import request from 'supertest';
import { HOST_SESSION_COOKIE, SESSION_COOKIE } from '../../src/middleware/session';
import { CSRF_COOKIE, HOST_CSRF_COOKIE } from '../../src/middleware/csrf';
import {
  createAccountsTestApp,
  createUser,
  csrfTokenFrom,
  signIn,
  type AccountsTestApp,
} from '../support/auth';

/**
 * Sessions, cookies, one-time links and redirects, as an attacker probes them (issue 15). Sign-in,
 * sign-out, fixation, deactivation and throttling are in sign-in.test.ts and security.test.ts.
 */

const PASSWORD = 'a long new password for the test';

const cookieNamed = (res: request.Response, name: string): string | undefined =>
  ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${name}=`));

describe('cookies behind a TLS proxy in production', () => {
  let t: AccountsTestApp;
  beforeAll(async () => {
    t = await createAccountsTestApp({
      env: {
        NODE_ENV: 'production',
        SESSION_SECRET: 'a production secret for the test only',
        PASSWORD_SCRYPT_N: '131072',
        TRUST_PROXY: '1',
      },
    });
  });
  afterAll(() => t.close());

  /**
   * The login form, then the sign-in with its CSRF cookie sent by hand: a Secure cookie is kept by
   * the test client but never sent to the plain-http test server.
   */
  async function signInOver(proto: 'https' | 'http') {
    const user = await createUser(t, { role: 'curator' });
    const page = await request(t.app).get('/login').set('X-Forwarded-Proto', proto).expect(200);
    const csrfCookie = cookieNamed(page, proto === 'https' ? HOST_CSRF_COOKIE : CSRF_COOKIE) as string;
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] as string;
    const res = await request(t.app)
      .post('/login')
      .set('X-Forwarded-Proto', proto)
      .set('Cookie', csrfCookie.split(';')[0] as string)
      .type('form')
      .send({ _csrf: csrf, email: user.email, password: user.password })
      .expect(303);
    return { csrfCookie, res };
  }

  it('marks the session and CSRF cookies Secure, HttpOnly and SameSite when the proxy says https', async () => {
    const { csrfCookie, res } = await signInOver('https');
    expect(csrfCookie).toMatch(/; *Secure/i);
    expect(csrfCookie).toMatch(/; *HttpOnly/i);
    expect(csrfCookie).toMatch(/; *SameSite=Strict/i);
    expect(cookieNamed(res, SESSION_COOKIE)).toBeUndefined();
    const session = cookieNamed(res, HOST_SESSION_COOKIE);
    expect(session).toMatch(/; *Secure/i);
    expect(session).toMatch(/; *HttpOnly/i);
    expect(session).toMatch(/; *SameSite=Lax/i);
    expect(session).toMatch(/; *Path=\//i);
    expect(session).not.toMatch(/; *Domain=/i);
  });

  it('takes the CSRF cookie over https only with the __Host- prefix (no value planted by a sibling subdomain)', async () => {
    const user = await createUser(t, { role: 'curator' });
    // A value and its token, as an attacker gets them from a page of their own (over http here).
    const own = await request(t.app).get('/login').expect(200);
    const planted = (cookieNamed(own, CSRF_COOKIE) as string).split(';')[0] as string;
    const token = /name="_csrf" value="([^"]+)"/.exec(own.text)?.[1] as string;
    const res = await request(t.app)
      .post('/login')
      .set('X-Forwarded-Proto', 'https')
      .set('Cookie', planted)
      .type('form')
      .send({ _csrf: token, email: user.email, password: user.password });
    expect(res.status).toBe(403);
    expect(cookieNamed(res, SESSION_COOKIE)).toBeUndefined();
    expect(cookieNamed(res, HOST_SESSION_COOKIE)).toBeUndefined();
  });

  it('takes the session cookie over https only with the __Host- prefix, and clears that one at sign-out', async () => {
    const { csrfCookie, res } = await signInOver('https');
    const id = (cookieNamed(res, HOST_SESSION_COOKIE) as string).split(';')[0]?.split('=')[1] as string;
    const csrfPair = csrfCookie.split(';')[0] as string;
    const over = (cookie: string) =>
      request(t.app)
        .get('/account')
        .set('X-Forwarded-Proto', 'https')
        .set('Cookie', `${cookie}; ${csrfPair}`);
    await over(`${HOST_SESSION_COOKIE}=${id}`).expect(200);
    // The same id under the plain name — as a sibling subdomain could plant it — is not a session.
    await over(`${SESSION_COOKIE}=${id}`).expect(401);
    const page = await over(`${HOST_SESSION_COOKIE}=${id}`).expect(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] as string;
    const out = await request(t.app)
      .post('/logout')
      .set('X-Forwarded-Proto', 'https')
      .set('Cookie', `${HOST_SESSION_COOKIE}=${id}; ${csrfPair}`)
      .type('form')
      .send({ _csrf: csrf })
      .expect(303);
    const cleared = cookieNamed(out, HOST_SESSION_COOKIE);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(cleared).toMatch(/; *Secure/i);
    expect(cleared).toMatch(/; *Path=\//i);
    await over(`${HOST_SESSION_COOKIE}=${id}`).expect(401);
  });

  it('never sends the session cookie over plain http', async () => {
    const { res } = await signInOver('http');
    expect(cookieNamed(res, SESSION_COOKIE)).toBeUndefined();
    expect(cookieNamed(res, HOST_SESSION_COOKIE)).toBeUndefined();
  });
});

describe('anonymous visitors', () => {
  let t: AccountsTestApp;
  beforeAll(async () => {
    t = await createAccountsTestApp();
  });
  afterAll(() => t.close());

  it('get no session for the pages they read, while a signed-in user’s session is read and renewed', async () => {
    const sessions = async () => Number((await t.db.knex('sessions').count({ n: '*' }))[0].n);
    const before = await sessions();
    for (const path of ['/', '/services?level=2', '/login', '/method']) {
      const res = await request(t.app).get(path).expect(200);
      expect(cookieNamed(res, SESSION_COOKIE)).toBeUndefined();
    }
    // A session cookie that names no session is an anonymous visitor too.
    const stale = await request(t.app).get('/account').set('Cookie', `${SESSION_COOKIE}=s%3Anobody.sig`);
    expect(stale.status).toBe(401);
    expect(await sessions()).toBe(before);

    const user = await createUser(t, { role: 'curator' });
    const { agent } = await signIn(t.app, user);
    expect(await sessions()).toBe(before + 1);
    const page = await agent.get('/services').expect(200);
    expect(page.text).toContain(user.email);
    // Rolling: every page a signed-in user reads renews the session cookie.
    expect(cookieNamed(page, SESSION_COOKIE)).toBeDefined();
  });
});

describe('one-time links and redirects', () => {
  let t: AccountsTestApp;
  let admin: Awaited<ReturnType<typeof createUser>>;
  beforeAll(async () => {
    t = await createAccountsTestApp();
    admin = await createUser(t, { role: 'admin' });
  });
  afterAll(() => t.close());

  /** The path of the newest link the outbox holds for an address. */
  async function newestLink(email: string): Promise<string> {
    const mail = await t.db.knex('mail_outbox').where({ recipient: email }).orderBy('id', 'desc').first();
    const link = /\/(invitation|password-reset|setup)\/[A-Za-z0-9_-]{43}/.exec(mail?.body ?? '')?.[0];
    if (!link) throw new Error(`no link for ${email}`);
    return link;
  }

  async function redeem(path: string, form: Record<string, string> = {}) {
    const agent = request.agent(t.app);
    const csrf = await csrfTokenFrom(agent);
    return agent
      .post(path)
      .type('form')
      .send({ _csrf: csrf, password: PASSWORD, confirm: PASSWORD, ...form });
  }

  async function adminPost(path: string, body: Record<string, string> = {}) {
    const { agent, csrf } = await signIn(t.app, admin);
    await agent
      .post(path)
      .type('form')
      .send({ _csrf: csrf, ...body })
      .expect(303);
    // The flash with the link is shown once and leaves the session.
    await agent.get('/admin/users').expect(200);
  }

  it('spends a reset link once; an expired one is refused; only hashes are stored anywhere', async () => {
    const user = await createUser(t, { role: 'supplier', providerId: 'ovhcloud' });
    await adminPost(`/admin/users/${user.id}/reset`);
    const path = await newestLink(user.email);
    expect(path).toMatch(/^\/password-reset\//);
    const token = path.split('/').pop() as string;
    for (const table of ['user_tokens', 'audit_trail', 'sessions', 'users']) {
      const rows = await t.db.knex(table).select('*');
      expect([table, JSON.stringify(rows).includes(token)]).toEqual([table, false]);
    }
    expect((await redeem(path)).status).toBe(303);
    expect((await redeem(path, { password: 'another one 1234', confirm: 'another one 1234' })).status).toBe(
      410,
    );
    await signIn(t.app, { email: user.email, password: PASSWORD });

    await adminPost(`/admin/users/${user.id}/reset`);
    const late = await newestLink(user.email);
    await t.db
      .knex('user_tokens')
      .where({ user_id: user.id })
      .whereNull('used_at')
      .update({ expires_at: new Date(Date.now() - 1000) });
    expect((await redeem(late)).status).toBe(410);
    await request(t.app).get(late).expect(410);
  });

  it('stops an unused invitation link when the administrator issues a new one', async () => {
    await adminPost('/admin/users', { email: 'twice-invited@example.org', role: 'curator' });
    const first = await newestLink('twice-invited@example.org');
    const user = await t.db.knex('users').where({ email: 'twice-invited@example.org' }).first();
    await adminPost(`/admin/users/${user?.id}/reset`);
    const second = await newestLink('twice-invited@example.org');
    expect(second).not.toBe(first);
    expect((await redeem(first)).status).toBe(410);
    expect((await redeem(second)).status).toBe(303);
  });

  it('refuses the first-run set-up link once an administrator exists by another way', async () => {
    await t.db.knex('users').where({ role: 'admin' }).update({ deactivated_at: new Date() });
    const link = await t.accounts.setupLinkIfNoAdmin();
    await t.db.knex('users').where({ id: admin.id }).update({ deactivated_at: null });
    const path = new URL(link as string).pathname;
    await request(t.app).get(path).expect(410);
    const res = await redeem(path, { email: 'second.admin@example.org' });
    expect(res.status).toBe(410);
    expect(await t.db.knex('users').where({ email: 'second.admin@example.org' }).first()).toBeUndefined();
  });

  it('goes on after sign-in only to a path on this site', async () => {
    const user = await createUser(t, { role: 'curator' });
    const hostile = [
      '//evil.example/',
      '/\\evil.example/',
      '\\\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '/\t/evil.example',
      '/\n/evil.example',
      ' //evil.example',
      '/%2F%2Fevil.example',
      '/account\r\nSet-Cookie: x=y',
    ];
    for (const next of hostile) {
      const agent = request.agent(t.app);
      const csrf = await csrfTokenFrom(agent);
      const res = await agent
        .post('/login')
        .type('form')
        .send({ _csrf: csrf, email: user.email, password: user.password, next })
        .expect(303);
      const location = String(res.headers.location);
      expect([next, new URL(location, 'http://cloudmarkt.test').host]).toEqual([next, 'cloudmarkt.test']);
      expect(res.headers['set-cookie']?.toString()).not.toContain('x=y');
      // Signed in already, the login page sends the user on by the same rule.
      const again = await agent.get(`/login?next=${encodeURIComponent(next)}`).expect(303);
      expect([next, new URL(String(again.headers.location), 'http://cloudmarkt.test').host]).toEqual([
        next,
        'cloudmarkt.test',
      ]);
    }
  });
});
