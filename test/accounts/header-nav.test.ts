import * as cheerio from 'cheerio';
import request from 'supertest';
import { SESSION_COOKIE } from '../../src/middleware/session';
import { createAccountsTestApp, createUser, signIn, type AccountsTestApp } from '../support/auth';

/** What the header says about the account: the sign-in link, or who is signed in and their links. */
function header(html: string) {
  const $ = cheerio.load(html);
  const nav = $('header [data-test=account-nav]');
  return {
    signInLink: $('header [data-test=sign-in-link]').attr('href'),
    user: nav.find('[data-test=account-nav-user]').text().trim() || undefined,
    role: nav.attr('data-role'),
    links: nav
      .find('[data-test=account-nav-link]')
      .map((_i, a) => $(a).attr('href'))
      .get(),
    signOut: nav.find('[data-test=sign-out-form]').attr('action'),
    signOutToken: nav.find('[data-test=sign-out-form] input[name=_csrf]').attr('value'),
  };
}

describe('account links in the site header', () => {
  let t: AccountsTestApp;
  beforeAll(async () => {
    t = await createAccountsTestApp();
  });
  afterAll(() => t.close());

  it('shows "Inloggen" to anonymous visitors, on buyer and account pages', async () => {
    for (const path of ['/', '/services/ovhcloud-public-cloud-compute', '/login']) {
      const res = await request(t.app).get(path).expect(200);
      expect(header(res.text)).toMatchObject({ signInLink: '/login', user: undefined, links: [] });
    }
  });

  it('shows each role its name, its own area and a sign-out form that works without JavaScript', async () => {
    const supplier = await createUser(t, { role: 'supplier', name: 'Sanne Leverancier' });
    const curator = await createUser(t, { role: 'curator' });
    const admin = await createUser(t, { role: 'admin' });
    const expected = [
      [supplier, 'Sanne Leverancier', ['/supplier']],
      [curator, curator.email, ['/curator']],
      [admin, admin.email, ['/admin/users', '/admin/audit', '/admin/outbox']],
    ] as const;
    for (const [user, name, links] of expected) {
      const { agent } = await signIn(t.app, user);
      const res = await agent.get('/services').expect(200);
      const seen = header(res.text);
      expect(seen).toMatchObject({ signInLink: undefined, user: `Ingelogd als ${name}`, role: user.role });
      expect(seen.links).toEqual(links);
      for (const link of links) await agent.get(link).expect(200);
      expect(seen.signOut).toBe('/logout');
      // The header's form signs out: a POST with its own token, then the session is gone.
      await agent.post('/logout').type('form').send({ _csrf: seen.signOutToken }).expect(303);
      await agent.get('/account').expect(401);
      expect(header((await agent.get('/services').expect(200)).text).signInLink).toBe('/login');
    }
  });

  it('never serves a cached anonymous page to a signed-in user, nor theirs to anyone else', async () => {
    const curator = await createUser(t, { role: 'curator' });
    const { agent } = await signIn(t.app, curator);

    // Anonymous first: the page is cached (from its second request on), and the signed-in user
    // still gets their own header.
    const anonymousFirst = '/services/ovhcloud-public-cloud-compute';
    await request(t.app).get(anonymousFirst).expect(200);
    await request(t.app).get(anonymousFirst).expect(200);
    const cached = t.cache.size;
    expect(cached).toBeGreaterThan(0);
    expect(header((await request(t.app).get(anonymousFirst).expect(200)).text).signInLink).toBe('/login');
    const mine = await agent.get(anonymousFirst).expect(200);
    expect(header(mine.text).user).toBe(`Ingelogd als ${curator.email}`);
    expect(header(mine.text).signInLink).toBeUndefined();
    expect(mine.text).not.toContain('data-test="sign-in-link"');
    expect(mine.headers['cache-control']).toBe('private, no-store');

    // Signed-in first: nothing is cached, and the next anonymous visitor gets the anonymous page.
    const signedInFirst = '/services?level=1';
    const theirs = await agent.get(signedInFirst).expect(200);
    expect(header(theirs.text).user).toBe(`Ingelogd als ${curator.email}`);
    expect(t.cache.size).toBe(cached);
    await request(t.app).get(signedInFirst).expect(200);
    const anonymous = await request(t.app).get(signedInFirst).expect(200);
    expect(header(anonymous.text)).toMatchObject({ signInLink: '/login', user: undefined });
    expect(anonymous.text).not.toContain(curator.email);
    expect(anonymous.headers['cache-control']).toBeUndefined();
    expect(t.cache.size).toBe(cached + 1);

    // A session cookie that signs nobody in is an anonymous visitor.
    const stale = await request(t.app)
      .get(signedInFirst)
      .set('Cookie', `${SESSION_COOKIE}=s%3Anobody.signature`)
      .expect(200);
    expect(header(stale.text)).toMatchObject({ signInLink: '/login', user: undefined });
  });
});
