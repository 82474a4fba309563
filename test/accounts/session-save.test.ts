import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as cheerio from 'cheerio';
import { createAccountsTestApp, createUser, type AccountsTestApp } from '../support/auth';

/** The `name=value` pairs of a response's Set-Cookie headers, to send back as a Cookie header. */
function cookiesOf(res: Response, previous = ''): string {
  const jar = new Map(previous ? previous.split('; ').map((c) => c.split('=', 2) as [string, string]) : []);
  for (const line of res.headers.getSetCookie()) {
    const [name, value] = line.split(';')[0].split('=', 2);
    jar.set(name, value);
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}

function form(fields: Record<string, string>): RequestInit {
  return {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  };
}

/**
 * A redirect after a POST must not reach the browser before the session holding its message is
 * saved: a browser follows a 303 as soon as it has the headers. Session writes are slowed down here
 * so that a save still running when the redirect arrives would be seen (on a PostgreSQL server the
 * next request reads the session over another connection; the embedded database serialises them).
 */
describe('session saved before a redirect', () => {
  let t: AccountsTestApp;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    t = await createAccountsTestApp();
    server = await new Promise((resolve) => {
      const s = t.app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t.close();
  });

  it('shows the invitation link on the page the redirect leads to, requested the moment it arrives', async () => {
    const admin = await createUser(t, { role: 'admin' });
    const loginPage = await fetch(`${url}/login`);
    let cookie = cookiesOf(loginPage);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await loginPage.text())?.[1] ?? '';
    const login = await fetch(`${url}/login`, {
      ...form({ _csrf: csrf, email: admin.email, password: admin.password }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    });
    expect(login.status).toBe(303);
    cookie = cookiesOf(login, cookie);

    await t.db.knex.raw(
      `create function slow_session_write() returns trigger language plpgsql as
       $$ begin perform pg_sleep(0.4); return new; end $$`,
    );
    await t.db.knex.raw(
      `create trigger slow_session_write before update on sessions
       for each row execute function slow_session_write()`,
    );

    // fetch resolves on the response's headers, as a browser follows a redirect.
    const invite = await fetch(`${url}/admin/users`, {
      ...form({
        _csrf: csrf,
        email: 'new-supplier@ovhcloud.example',
        role: 'supplier',
        provider: 'ovhcloud',
      }),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    });
    expect(invite.status).toBe(303);
    const next = await fetch(`${url}${invite.headers.get('location')}`, { headers: { cookie } });
    const $ = cheerio.load(await next.text());
    await invite.text();
    expect(next.status).toBe(200);
    expect($('[data-test=flash-link]').text()).toMatch(/\/invitation\//);
  });
});
