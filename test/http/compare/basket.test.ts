import * as cheerio from 'cheerio';
import request from 'supertest';
import { createTestApp, type TestApp } from '../../support/test-app';
import { compareDocument } from '../../unit/compare/compare-fixtures';

/** A browser-like visitor: keeps cookies and reads the CSRF token from the page's form. */
function visitor(t: TestApp) {
  const agent = request.agent(t.app);
  async function form(url: string) {
    const res = await agent.get(url).expect(200);
    const $ = cheerio.load(res.text);
    return { $, token: $('input[name=_csrf]').first().attr('value') as string };
  }
  async function post(fields: Record<string, string>, status: number) {
    const { token } = await form('/services/alpha');
    return agent
      .post('/compare/basket')
      .type('form')
      .send({ _csrf: token, ...fields })
      .expect(status);
  }
  return { agent, form, post };
}

describe('comparison basket', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ document: compareDocument() });
  });

  it('offers "Add to comparison" on the service page as a POST form with a CSRF token', async () => {
    const res = await request(t.app).get('/services/alpha?lang=en').expect(200);
    const $ = cheerio.load(res.text);
    const form = $('form[data-test=compare-form]');
    expect(form.attr('method')).toBe('post');
    expect(form.attr('action')).toBe('/compare/basket');
    expect(form.find('input[name=id]').attr('value')).toBe('alpha');
    expect(form.find('input[name=returnTo]').attr('value')).toBe('/services/alpha?lang=en');
    expect(form.find('input[name=_csrf]').attr('value')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(form.find('[data-test=compare-add]').text()).toContain('Add to comparison');
    expect(String(res.headers['set-cookie'])).toMatch(/cm_csrf=[^;]+; Path=\/; HttpOnly; SameSite=Strict/);
  });

  it('adds services, redirects back, and links the shareable comparison once two are picked', async () => {
    const v = visitor(t);
    const first = await v.post({ action: 'add', id: 'alpha', returnTo: '/services/alpha' }, 303);
    expect(first.headers.location).toBe('/services/alpha');
    const after = await v.form('/services/alpha?lang=en');
    expect(after.$('[data-test=compare-remove]').text()).toContain('Remove from comparison');
    expect(after.$('[data-test=compare-status]').text()).toContain('1 of 4');

    await v.post({ action: 'add', id: 'beta', returnTo: '/compare' }, 303);
    const basket = await v.form('/compare?lang=en');
    expect(
      basket
        .$('[data-test=basket-item]')
        .map((_i, el) => basket.$(el).attr('data-service-id'))
        .get(),
    ).toEqual(['alpha', 'beta']);
    expect(basket.$('[data-test=basket-compare]').attr('href')).toBe('/compare?id=alpha&id=beta');
  });

  it('refuses a 5th service, saying 4 is the maximum and offering to remove one', async () => {
    const v = visitor(t);
    for (const id of ['alpha', 'beta', 'gamma', 'delta']) await v.post({ action: 'add', id }, 303);
    const refused = await v.post({ action: 'add', id: 'zeta', returnTo: '/services/zeta' }, 400);
    const $ = cheerio.load(refused.text);
    expect($('[data-test=basket-notice]').attr('data-notice')).toBe('full');
    expect($('[data-test=basket-notice]').text()).toContain('4');
    expect($('[data-test=basket-notice]').text()).toContain('Service zeta');
    expect($('[data-test=basket-item]')).toHaveLength(4);
    expect($('[data-test=basket-remove]')).toHaveLength(4);

    await v.post({ action: 'remove', id: 'beta' }, 303);
    await v.post({ action: 'add', id: 'zeta' }, 303);
    const basket = await v.form('/compare');
    expect(
      basket
        .$('[data-test=basket-item]')
        .map((_i, el) => basket.$(el).attr('data-service-id'))
        .get(),
    ).toEqual(['alpha', 'gamma', 'delta', 'zeta']);
  });

  it('refuses a change without a valid CSRF token with the site’s own 403 page, as every other form', async () => {
    const v = visitor(t);
    await v.form('/services/alpha'); // the visitor has a token cookie
    const refused = (res: request.Response) => {
      expect(res.status).toBe(403);
      expect(cheerio.load(res.text)('[data-test=forbidden]').attr('data-reason')).toBe('csrf');
    };
    refused(await v.agent.post('/compare/basket').type('form').send({ action: 'add', id: 'alpha' }));
    refused(
      await v.agent
        .post('/compare/basket')
        .type('form')
        .send({ _csrf: 'x'.repeat(43), action: 'add', id: 'alpha' }),
    );
    // A token from another visitor does not fit this visitor's cookie.
    const other = visitor(t);
    const { token } = await other.form('/services/alpha');
    refused(
      await v.agent.post('/compare/basket').type('form').send({ _csrf: token, action: 'add', id: 'alpha' }),
    );
    // Checked before the form: an unknown id or action without a token is the same 403.
    refused(await v.agent.post('/compare/basket').type('form').send({ action: 'steal', id: 'ghost' }));
    expect((await v.form('/compare')).$('[data-test=basket-item]')).toHaveLength(0);
  });

  it('validates the form: unknown id → 404, bad action → 400, off-site returnTo → /compare', async () => {
    const v = visitor(t);
    await v.post({ action: 'add', id: 'ghost' }, 404);
    const bad = await v.post({ action: 'steal', id: 'alpha' }, 400);
    expect(cheerio.load(bad.text)('[data-test=problem]').attr('data-parameter')).toBe('action');
    const evil = await v.post({ action: 'add', id: 'alpha', returnTo: '//evil.example/x' }, 303);
    expect(evil.headers.location).toBe('/compare');
  });

  it('ignores unknown or malformed ids in the basket cookie', async () => {
    const res = await request(t.app)
      .get('/compare')
      .set('Cookie', 'cm_compare=alpha,ghost,<script>,beta,alpha')
      .expect(200);
    const $ = cheerio.load(res.text);
    expect(
      $('[data-test=basket-item]')
        .map((_i, el) => $(el).attr('data-service-id'))
        .get(),
    ).toEqual(['alpha', 'beta']);
  });

  it('empties the basket', async () => {
    const v = visitor(t);
    await v.post({ action: 'add', id: 'alpha' }, 303);
    await v.post({ action: 'clear' }, 303);
    expect((await v.form('/compare')).$('[data-test=basket-empty]')).toHaveLength(1);
  });
});
