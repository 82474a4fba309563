import * as cheerio from 'cheerio';
import request from 'supertest';
import { SESSION_COOKIE } from '../../src/middleware/session';
import { countSessionsOfUser } from '../../src/repositories/accounts/sessions.repository';
import {
  createAccountsTestApp,
  createUser,
  csrfTokenFrom,
  signIn,
  type AccountsTestApp,
} from '../support/auth';

function sessionId(setCookie: string | string[] | undefined): string | undefined {
  const cookies = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const found = cookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return found?.split(';')[0].slice(SESSION_COOKIE.length + 1);
}

describe('signing in and out', () => {
  let t: AccountsTestApp;
  beforeAll(async () => {
    t = await createAccountsTestApp();
  });
  afterAll(() => t.close());

  it('signs in with the right password and shows who is signed in', async () => {
    const curator = await createUser(t, { role: 'curator' });
    const { agent } = await signIn(t.app, curator);
    const res = await agent.get('/account').expect(200);
    const $ = cheerio.load(res.text);
    expect($('[data-test=account-email]').text()).toBe(curator.email);
    expect($('[data-test=account-role]').attr('data-role')).toBe('curator');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('sets an HttpOnly, SameSite session cookie only at sign-in', async () => {
    const user = await createUser(t, { role: 'admin' });
    const agent = request.agent(t.app);
    const page = await agent.get('/login').expect(200);
    expect(sessionId(page.headers['set-cookie'])).toBeUndefined();
    const csrf = await csrfTokenFrom(agent);
    const res = await agent
      .post('/login')
      .type('form')
      .send({ _csrf: csrf, email: user.email, password: user.password })
      .expect(303);
    const cookie = ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(res.headers.location).toBe('/account');
  });

  it('gives a new session id at sign-in (no session fixation)', async () => {
    const first = await createUser(t, { role: 'curator' });
    const second = await createUser(t, { role: 'curator' });
    const { agent } = await signIn(t.app, first);
    const before = await agent.get('/account').expect(200);
    const beforeId = sessionId(before.headers['set-cookie']);
    expect(beforeId).toBeDefined();
    // Signing in again (as someone else) from the same browser must not keep the old session id.
    const csrf = await csrfTokenFrom(agent, '/account');
    const res = await agent
      .post('/login')
      .type('form')
      .send({ _csrf: csrf, email: second.email, password: second.password })
      .expect(303);
    const afterId = sessionId(res.headers['set-cookie']);
    expect(afterId).toBeDefined();
    expect(afterId).not.toBe(beforeId);
    // The old id no longer signs anyone in.
    await request(t.app).get('/account').set('Cookie', `${SESSION_COOKIE}=${beforeId}`).expect(401);
    const me = await agent.get('/account').expect(200);
    expect(cheerio.load(me.text)('[data-test=account-email]').text()).toBe(second.email);
  });

  it('refuses a wrong password and an unknown address with the same message', async () => {
    const user = await createUser(t, { role: 'curator' });
    const agent = request.agent(t.app);
    const csrf = await csrfTokenFrom(agent);
    const wrong = await agent
      .post('/login')
      .type('form')
      .send({ _csrf: csrf, email: user.email, password: 'not the password' })
      .expect(401);
    const unknown = await agent
      .post('/login')
      .type('form')
      .send({ _csrf: csrf, email: 'nobody@example.org', password: 'not the password' })
      .expect(401);
    const message = (html: string) => cheerio.load(html)('[data-test=error-summary] li').text().trim();
    expect(message(wrong.text)).toBe('Het e-mailadres of het wachtwoord klopt niet.');
    expect(message(unknown.text)).toBe(message(wrong.text));
  });

  it('signs out: the session is deleted and the cookie no longer works', async () => {
    const user = await createUser(t, { role: 'curator' });
    const { agent, csrf } = await signIn(t.app, user);
    expect(await countSessionsOfUser(t.db.knex, user.id)).toBe(1);
    await agent.post('/logout').type('form').send({ _csrf: csrf }).expect(303);
    expect(await countSessionsOfUser(t.db.knex, user.id)).toBe(0);
    await agent.get('/account').expect(401);
  });
});
