import * as cheerio from 'cheerio';
import request from 'supertest';
import { countSessionsOfUser } from '../../src/repositories/accounts/sessions.repository';
import {
  createAccountsTestApp,
  createUser,
  csrfTokenFrom,
  signIn,
  type AccountsTestApp,
} from '../support/auth';

const errorText = (html: string) => cheerio.load(html)('[data-test=error-summary] li').text().trim();

describe('account security', () => {
  let t: AccountsTestApp;
  beforeAll(async () => {
    t = await createAccountsTestApp();
  });
  afterAll(() => t.close());

  describe('CSRF', () => {
    it('refuses a login without a token, or with a token of another visitor', async () => {
      const user = await createUser(t, { role: 'curator' });
      const agent = request.agent(t.app);
      await csrfTokenFrom(agent);
      const missing = await agent
        .post('/login')
        .type('form')
        .send({ email: user.email, password: user.password })
        .expect(403);
      expect(cheerio.load(missing.text)('[data-test=forbidden]').attr('data-reason')).toBe('csrf');
      const other = await csrfTokenFrom(request.agent(t.app));
      await agent
        .post('/login')
        .type('form')
        .send({ _csrf: other, email: user.email, password: user.password })
        .expect(403);
      await agent.get('/account').expect(401);
    });

    it('refuses an administrator form without a token and changes nothing', async () => {
      const admin = await createUser(t, { role: 'admin' });
      const { agent, csrf } = await signIn(t.app, admin);
      await agent
        .post('/admin/users')
        .type('form')
        .send({ email: 'csrf-victim@example.org', role: 'curator' })
        .expect(403);
      await agent
        .post('/admin/users')
        .type('form')
        .send({ _csrf: `${csrf}x`, email: 'csrf-victim@example.org', role: 'curator' })
        .expect(403);
      expect(await t.db.knex('users').where({ email: 'csrf-victim@example.org' }).first()).toBeUndefined();
      // The same form with the token works: the refusal was the token's.
      await agent
        .post('/admin/users')
        .type('form')
        .send({ _csrf: csrf, email: 'csrf-victim@example.org', role: 'curator' })
        .expect(303);
      expect(await t.db.knex('users').where({ email: 'csrf-victim@example.org' }).first()).toBeDefined();
    });

    it('refuses a logout without a token (the session survives)', async () => {
      const user = await createUser(t, { role: 'curator' });
      const { agent } = await signIn(t.app, user);
      await agent.post('/logout').type('form').send({}).expect(403);
      await agent.get('/account').expect(200);
    });
  });

  describe('roles, seen from the other side', () => {
    const adminPages = ['/admin/users', '/admin/outbox', '/admin/audit', '/admin/audit.csv'];

    it('sends an anonymous visitor to the login form (401) for every account page', async () => {
      for (const path of ['/account', ...adminPages]) {
        const res = await request(t.app).get(path).expect(401);
        const $ = cheerio.load(res.text);
        expect($('[data-test=login-form]').length).toBe(1);
        expect($('input[name=next]').val()).toBe(path);
      }
    });

    it('refuses suppliers and curators every administrator page and action (403)', async () => {
      const target = await createUser(t, { role: 'curator' });
      for (const role of ['supplier', 'curator'] as const) {
        const user = await createUser(t, { role, providerId: 'ovhcloud' });
        const { agent, csrf } = await signIn(t.app, user);
        for (const path of adminPages) await agent.get(path).expect(403);
        await agent
          .post('/admin/users')
          .type('form')
          .send({ _csrf: csrf, email: `by-${role}@example.org`, role: 'admin' })
          .expect(403);
        for (const action of ['deactivate', 'reset', 'activate'])
          await agent
            .post(`/admin/users/${target.id}/${action}`)
            .type('form')
            .send({ _csrf: csrf })
            .expect(403);
        await agent
          .post(`/admin/users/${user.id}/role`)
          .type('form')
          .send({ _csrf: csrf, role: 'admin' })
          .expect(403);
        expect((await t.db.knex('users').where({ id: user.id }).first())?.role).toBe(role);
      }
      expect((await t.db.knex('users').where({ id: target.id }).first())?.deactivated_at).toBeNull();
    });

    it('lets an administrator in', async () => {
      const admin = await createUser(t, { role: 'admin' });
      const { agent } = await signIn(t.app, admin);
      for (const path of adminPages) await agent.get(path).expect(200);
    });
  });

  describe('deactivation', () => {
    it('ends every session of the user at once and refuses their password', async () => {
      const admin = await createUser(t, { role: 'admin' });
      const supplier = await createUser(t, { role: 'supplier', providerId: 'ovhcloud' });
      const first = await signIn(t.app, supplier);
      const second = await signIn(t.app, supplier);
      expect(await countSessionsOfUser(t.db.knex, supplier.id)).toBe(2);
      const { agent, csrf } = await signIn(t.app, admin);
      await agent
        .post(`/admin/users/${supplier.id}/deactivate`)
        .type('form')
        .send({ _csrf: csrf })
        .expect(303);
      expect(await countSessionsOfUser(t.db.knex, supplier.id)).toBe(0);
      await first.agent.get('/account').expect(401);
      await second.agent.get('/account').expect(401);
      const again = request.agent(t.app);
      const token = await csrfTokenFrom(again);
      const res = await again
        .post('/login')
        .type('form')
        .send({ _csrf: token, email: supplier.email, password: supplier.password })
        .expect(401);
      expect(errorText(res.text)).toBe('Het e-mailadres of het wachtwoord klopt niet.');
    });

    it('signs out a user deactivated behind the app’s back (the user is read on every request)', async () => {
      const user = await createUser(t, { role: 'curator' });
      const { agent } = await signIn(t.app, user);
      await t.db.knex('users').where({ id: user.id }).update({ deactivated_at: new Date() });
      await agent.get('/account').expect(401);
    });

    it('does not let an administrator deactivate themselves', async () => {
      const admin = await createUser(t, { role: 'admin' });
      const { agent, csrf } = await signIn(t.app, admin);
      const res = await agent
        .post(`/admin/users/${admin.id}/deactivate`)
        .type('form')
        .send({ _csrf: csrf })
        .expect(400);
      expect(errorText(res.text)).toBe('U kunt uw eigen account niet deactiveren.');
      await agent.get('/account').expect(200);
    });
  });

  describe('timeouts', () => {
    it('ends a session past its absolute lifetime however active', async () => {
      const user = await createUser(t, { role: 'curator' });
      const { agent } = await signIn(t.app, user);
      const thirteenHoursAgo = Date.now() - 13 * 60 * 60 * 1000;
      await t.db.knex.raw(
        `update sessions set sess = jsonb_set(sess::jsonb, '{startedAt}', ?::jsonb)::json where (sess ->> 'userId') = ?`,
        [String(thirteenHoursAgo), String(user.id)],
      );
      await agent.get('/account').expect(401);
      expect(await countSessionsOfUser(t.db.knex, user.id)).toBe(0);
    });

    it('ends a session idle for longer than the idle timeout (the store refuses it)', async () => {
      const user = await createUser(t, { role: 'curator' });
      const { agent } = await signIn(t.app, user);
      await t.db.knex.raw(
        `update sessions set expired = now() - interval '1 minute' where (sess ->> 'userId') = ?`,
        [String(user.id)],
      );
      await agent.get('/account').expect(401);
    });
  });
});

describe('login throttling', () => {
  let t: AccountsTestApp;
  beforeAll(async () => {
    t = await createAccountsTestApp({
      env: {
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
        LOGIN_MAX_FAILURES_PER_ADDRESS: '6',
        LOGIN_THROTTLE_MINUTES: '15',
      },
    });
  });
  afterAll(() => t.close());

  async function attempt(
    agent: ReturnType<typeof request.agent>,
    csrf: string,
    email: string,
    password: string,
  ) {
    return agent.post('/login').type('form').send({ _csrf: csrf, email, password });
  }

  it('refuses an account after too many failures, even with the right password, with a clear message', async () => {
    const user = await createUser(t, { role: 'curator' });
    const agent = request.agent(t.app);
    const csrf = await csrfTokenFrom(agent);
    for (let i = 0; i < 3; i++)
      expect((await attempt(agent, csrf, user.email, 'wrong password')).status).toBe(401);
    const blocked = await attempt(agent, csrf, user.email, user.password);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(errorText(blocked.text)).toMatch(
      /^Te veel mislukte inlogpogingen\. Probeer het over 1[45] minuten opnieuw\.$/,
    );
    expect(
      await t.db
        .knex('sessions')
        .whereRaw(`(sess ->> 'userId') = ?`, [String(user.id)])
        .first(),
    ).toBeUndefined();
  });

  it('says the same for an address without an account (no enumeration)', async () => {
    const known = await createUser(t, { role: 'curator' });
    const agent = request.agent(t.app);
    const csrf = await csrfTokenFrom(agent);
    const answers: string[] = [];
    for (const email of [known.email, 'no-account@example.org']) {
      for (let i = 0; i < 3; i++) await attempt(agent, csrf, email, 'wrong password');
      const res = await attempt(agent, csrf, email, 'wrong password');
      expect(res.status).toBe(429);
      answers.push(errorText(res.text));
    }
    expect(answers[0]).toBe(answers[1]);
  });

  it('refuses a client address after too many failures across accounts', async () => {
    const user = await createUser(t, { role: 'curator' });
    const app = t.makeApp({ TRUST_PROXY: '1' });
    const agent = request.agent(app);
    const csrf = await csrfTokenFrom(agent);
    const from = (address: string) => ({ 'X-Forwarded-For': address });
    for (let i = 0; i < 6; i++)
      await agent
        .post('/login')
        .set(from('203.0.113.9'))
        .type('form')
        .send({ _csrf: csrf, email: `spray-${i}@example.org`, password: 'x' })
        .expect(401);
    await agent
      .post('/login')
      .set(from('203.0.113.9'))
      .type('form')
      .send({ _csrf: csrf, email: user.email, password: user.password })
      .expect(429);
    // Another address is not affected.
    await agent
      .post('/login')
      .set(from('198.51.100.7'))
      .type('form')
      .send({ _csrf: csrf, email: user.email, password: user.password })
      .expect(303);
  });

  it('clears the account count after a successful login', async () => {
    const user = await createUser(t, { role: 'curator' });
    // An address of its own: the other tests' failures count against the default one.
    const app = t.makeApp({ TRUST_PROXY: '1' });
    const send = (agent: ReturnType<typeof request.agent>, csrf: string, password: string) =>
      agent
        .post('/login')
        .set('X-Forwarded-For', '192.0.2.44')
        .type('form')
        .send({ _csrf: csrf, email: user.email, password });
    const agent = request.agent(app);
    const csrf = await csrfTokenFrom(agent);
    for (let i = 0; i < 2; i++) expect((await send(agent, csrf, 'wrong password')).status).toBe(401);
    expect((await send(agent, csrf, user.password)).status).toBe(303);
    const next = request.agent(app);
    const token = await csrfTokenFrom(next);
    for (let i = 0; i < 2; i++) expect((await send(next, token, 'wrong password')).status).toBe(401);
    expect((await send(next, token, user.password)).status).toBe(303);
  });
});
