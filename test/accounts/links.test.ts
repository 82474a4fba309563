import * as cheerio from 'cheerio';
import request from 'supertest';
import {
  createAccountsTestApp,
  createUser,
  csrfTokenFrom,
  signIn,
  type AccountsTestApp,
} from '../support/auth';

const NEW_PASSWORD = 'a long new password for the test';

/** The one-time link in the newest outbox message to this address. */
async function linkInOutbox(t: AccountsTestApp, email: string): Promise<string> {
  const mail = await t.db.knex('mail_outbox').where({ recipient: email }).orderBy('id', 'desc').first();
  const link = /https?:\/\/\S+\/(invitation|password-reset|setup)\/[A-Za-z0-9_-]{43}/.exec(
    mail?.body ?? '',
  )?.[0];
  if (!link) throw new Error(`no link in the outbox for ${email}`);
  return new URL(link).pathname;
}

async function setPassword(t: AccountsTestApp, path: string, form: Record<string, string>) {
  const agent = request.agent(t.app);
  const page = await agent.get(path);
  // A spent link's page has no form: take the token of the login form to try the POST anyway.
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? (await csrfTokenFrom(agent));
  const res = await agent
    .post(path)
    .type('form')
    .send({ _csrf: csrf, ...form });
  return { agent, page, res };
}

describe('invitations, reset links and the first-run set-up', () => {
  let t: AccountsTestApp;
  let admin: Awaited<ReturnType<typeof createUser>>;
  beforeAll(async () => {
    t = await createAccountsTestApp();
    admin = await createUser(t, { role: 'admin' });
  });
  afterAll(() => t.close());

  async function invite(email: string, role: string, provider = '') {
    const { agent, csrf } = await signIn(t.app, admin);
    return agent.post('/admin/users').type('form').send({ _csrf: csrf, email, role, provider });
  }

  it('invites a supplier: the link in the outbox sets the password once and signs them in', async () => {
    const res = await invite('New.Supplier@Example.org', 'supplier', 'ovhcloud');
    expect(res.status).toBe(303);
    const user = await t.db.knex('users').where({ email: 'new.supplier@example.org' }).first();
    expect(user).toMatchObject({ role: 'supplier', provider_id: 'ovhcloud', password_hash: null });
    const path = await linkInOutbox(t, 'new.supplier@example.org');
    expect(path).toMatch(/^\/invitation\//);
    // Only a hash of the token is stored.
    const token = path.split('/').pop() as string;
    const stored = await t.db.knex('user_tokens').where({ user_id: user?.id }).first();
    expect(stored?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.token_hash).not.toContain(token);

    const {
      agent,
      page,
      res: done,
    } = await setPassword(t, path, { password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(cheerio.load(page.text)('[data-test=link-email]').text()).toBe('new.supplier@example.org');
    expect(done.status).toBe(303);
    const account = await agent.get('/account').expect(200);
    expect(cheerio.load(account.text)('[data-test=account-provider]').text()).toBe('ovhcloud');
    // A password hash in the PHC format of scrypt, never the password.
    const row = await t.db.knex('users').where({ id: user?.id }).first();
    expect(row?.password_hash ?? '').toMatch(/^\$scrypt\$ln=\d+,r=8,p=1\$/);
    // Signed in by the link: the administrator's users page shows when.
    expect(row?.last_login_at).toBeInstanceOf(Date);

    // The link is spent.
    const again = await request(t.app).get(path).expect(410);
    expect(cheerio.load(again.text)('[data-test=link-invalid]').text()).toMatch(/al gebruikt/);
    const reuse = await setPassword(t, path, {
      password: 'another password 123',
      confirm: 'another password 123',
    });
    expect(reuse.res.status).toBe(410);
    await signIn(t.app, { email: 'new.supplier@example.org', password: NEW_PASSWORD });
  });

  it('refuses an expired invitation link', async () => {
    await invite('late@example.org', 'curator');
    const path = await linkInOutbox(t, 'late@example.org');
    const user = await t.db.knex('users').where({ email: 'late@example.org' }).first();
    await t.db
      .knex('user_tokens')
      .where({ user_id: user?.id })
      .update({ expires_at: new Date(Date.now() - 1000) });
    const res = await request(t.app).get(path).expect(410);
    expect(cheerio.load(res.text)('[data-test=link-invalid]').text()).toMatch(/verlopen/);
    const { res: post } = await setPassword(t, path, { password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(post.status).toBe(410);
    expect((await t.db.knex('users').where({ id: user?.id }).first())?.password_hash).toBeNull();
  });

  it('refuses unknown and malformed tokens, and a token on the wrong kind of link', async () => {
    await request(t.app)
      .get(`/invitation/${'A'.repeat(43)}`)
      .expect(410);
    await request(t.app).get('/invitation/short').expect(410);
    await invite('wrong-kind@example.org', 'curator');
    const path = await linkInOutbox(t, 'wrong-kind@example.org');
    await request(t.app).get(path.replace('/invitation/', '/password-reset/')).expect(410);
  });

  it('checks the new password and shows the problems next to the fields', async () => {
    await invite('weak@example.org', 'curator');
    const path = await linkInOutbox(t, 'weak@example.org');
    const { res } = await setPassword(t, path, { password: 'short', confirm: 'short' });
    expect(res.status).toBe(400);
    const $ = cheerio.load(res.text);
    expect($('[data-test=error-summary] a').attr('href')).toBe('#password');
    expect($('[data-test=field-error][data-field=password]').text()).toMatch(/12 tekens/);
    const mismatch = await setPassword(t, path, { password: NEW_PASSWORD, confirm: `${NEW_PASSWORD}!` });
    expect(cheerio.load(mismatch.res.text)('[data-test=field-error]').attr('data-field')).toBe('confirm');
    // A failed attempt does not spend the link.
    expect((await setPassword(t, path, { password: NEW_PASSWORD, confirm: NEW_PASSWORD })).res.status).toBe(
      303,
    );
  });

  it('refuses an invitation for an unknown provider, a supplier without one, or a taken address', async () => {
    const unknown = await invite('x@example.org', 'supplier', 'no-such-provider');
    expect(unknown.status).toBe(400);
    expect(cheerio.load(unknown.text)('[data-test=field-error][data-field=provider]').text()).toMatch(
      /niet in de catalogus/,
    );
    expect((await invite('x@example.org', 'supplier')).status).toBe(400);
    const bad = await invite('not an address', 'curator');
    expect(cheerio.load(bad.text)('[data-test=field-error][data-field=email]').length).toBe(1);
    const taken = await invite(admin.email, 'curator');
    expect(cheerio.load(taken.text)('[data-test=field-error][data-field=email]').text()).toMatch(
      /al een account/,
    );
    const role = await invite('y@example.org', 'owner');
    expect(role.status).toBe(400);
    expect(
      await t.db.knex('users').whereIn('email', ['x@example.org', 'y@example.org']).first(),
    ).toBeUndefined();
  });

  it('issues a reset link: the new password works, the old one not, and open sessions end', async () => {
    const user = await createUser(t, { role: 'curator' });
    const open = await signIn(t.app, user);
    const { agent, csrf } = await signIn(t.app, admin);
    const res = await agent
      .post(`/admin/users/${user.id}/reset`)
      .type('form')
      .send({ _csrf: csrf })
      .expect(303);
    expect(res.headers.location).toBe('/admin/users');
    const page = await agent.get('/admin/users').expect(200);
    const shown = cheerio.load(page.text)('[data-test=flash-link]').text();
    const path = await linkInOutbox(t, user.email);
    expect(new URL(shown).pathname).toBe(path);
    expect(path).toMatch(/^\/password-reset\//);
    expect((await setPassword(t, path, { password: NEW_PASSWORD, confirm: NEW_PASSWORD })).res.status).toBe(
      303,
    );
    await open.agent.get('/account').expect(401);
    await signIn(t.app, { email: user.email, password: NEW_PASSWORD });
    const old = request.agent(t.app);
    const token = await csrfTokenFrom(old);
    await old
      .post('/login')
      .type('form')
      .send({ _csrf: token, email: user.email, password: user.password })
      .expect(401);
  });

  it('changes a role, and never demotes the last active administrator', async () => {
    const curator = await createUser(t, { role: 'curator' });
    const { agent, csrf } = await signIn(t.app, admin);
    await agent
      .post(`/admin/users/${curator.id}/role`)
      .type('form')
      .send({ _csrf: csrf, role: 'supplier', provider: 'ovhcloud' })
      .expect(303);
    expect(await t.db.knex('users').where({ id: curator.id }).first()).toMatchObject({
      role: 'supplier',
      provider_id: 'ovhcloud',
    });
    const noProvider = await agent
      .post(`/admin/users/${curator.id}/role`)
      .type('form')
      .send({ _csrf: csrf, role: 'supplier', provider: '' });
    expect(noProvider.status).toBe(400);
    // The problem names the field of that user's row, in the summary and next to the field.
    const $ = cheerio.load(noProvider.text);
    expect($('[data-test=error-summary] a').attr('href')).toBe(`#provider-${curator.id}`);
    expect($(`#user-${curator.id} [data-test=field-error]`).attr('data-field')).toBe(
      `provider-${curator.id}`,
    );
    const badRole = await agent
      .post(`/admin/users/${curator.id}/role`)
      .type('form')
      .send({ _csrf: csrf, role: 'emperor' });
    expect(badRole.status).toBe(400);
    expect(cheerio.load(badRole.text)('[data-test=error-summary] a').attr('href')).toBe(
      `#role-${curator.id}`,
    );
    const admins = await t.db.knex('users').where({ role: 'admin' }).whereNull('deactivated_at');
    for (const other of admins.filter((a) => a.id !== admin.id))
      await t.db.knex('users').where({ id: other.id }).update({ deactivated_at: new Date() });
    const last = await agent
      .post(`/admin/users/${admin.id}/role`)
      .type('form')
      .send({ _csrf: csrf, role: 'curator' });
    expect(last.status).toBe(400);
    expect(cheerio.load(last.text)('[data-test=error-summary]').text()).toMatch(/laatste actieve beheerder/);
    expect((await t.db.knex('users').where({ id: admin.id }).first())?.role).toBe('admin');
  });

  it('first run: a set-up link only while there is no administrator; it creates one, once', async () => {
    expect(await t.accounts.setupLinkIfNoAdmin()).toBeUndefined();
    await t.db.knex('users').where({ role: 'admin' }).update({ deactivated_at: new Date() });
    const first = await t.accounts.setupLinkIfNoAdmin();
    const link = await t.accounts.setupLinkIfNoAdmin();
    expect(link).toMatch(/^http:\/\/localhost:3000\/setup\/[A-Za-z0-9_-]{43}$/);
    // A new start replaces the earlier link.
    await request(t.app)
      .get(new URL(first as string).pathname)
      .expect(410);
    const path = new URL(link as string).pathname;
    const missing = await setPassword(t, path, { email: '', password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(missing.res.status).toBe(400);
    const { agent, res } = await setPassword(t, path, {
      email: 'first.admin@example.org',
      password: NEW_PASSWORD,
      confirm: NEW_PASSWORD,
    });
    expect(res.status).toBe(303);
    await agent.get('/admin/users').expect(200);
    await request(t.app).get(path).expect(410);
    expect(await t.accounts.setupLinkIfNoAdmin()).toBeUndefined();
  });
});
