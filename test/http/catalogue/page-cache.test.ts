import * as cheerio from 'cheerio';
import ejs from 'ejs';
import request from 'supertest';
import { CSRF_PLACEHOLDER } from '../../../src/middleware/page-cache';
import { CatalogueStore, documentSource } from '../../../src/services/catalogue/catalogue-store';
import { createTestApp, referenceCatalogue } from '../../support/test-app';

/** The rendered-page cache must be invisible: same pages, own CSRF token, fresh after a change. */
describe('cached pages', () => {
  const cookieValue = (res: request.Response, name: string) =>
    ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith(`${name}=`))
      ?.split(';')[0];

  it('gives every visitor their own CSRF token in an otherwise identical cached page', async () => {
    const { app, cache } = await createTestApp();
    // Rendered for the first visitor; rendered and kept for the second; from the cache for the third.
    const first = await request(app).get('/services/logius-digid').expect(200);
    await request(app).get('/services/logius-digid').expect(200);
    expect(cache.size).toBe(1);
    const second = await request(app).get('/services/logius-digid').expect(200);
    const token = (res: request.Response) => cheerio.load(res.text)('input[name=_csrf]').attr('value');
    expect(token(first)).toBeDefined();
    expect(token(second)).toBeDefined();
    expect(token(first)).not.toBe(token(second));
    expect(first.text).not.toContain(CSRF_PLACEHOLDER);
    expect(second.text).not.toContain(CSRF_PLACEHOLDER);
    expect(second.text.replace(token(second) as string, 'T')).toBe(
      first.text.replace(token(first) as string, 'T'),
    );

    // The token in the cached page works with the cookie sent along with it.
    const csrfCookie = cookieValue(second, 'cm_csrf') as string;
    const added = await request(app)
      .post('/compare/basket')
      .set('Cookie', csrfCookie)
      .type('form')
      .send({ _csrf: token(second), action: 'add', id: 'logius-digid', returnTo: '/services/logius-digid' });
    expect(added.status).toBe(303);
    const basketCookie = cookieValue(added, 'cm_compare') as string;

    // With the service in the basket the page is a different one: "remove" instead of "add".
    const withBasket = await request(app)
      .get('/services/logius-digid')
      .set('Cookie', [csrfCookie, basketCookie].join('; '))
      .expect(200);
    const $ = cheerio.load(withBasket.text);
    expect($('[data-test=compare-remove]')).toHaveLength(1);
    expect($('[data-test=compare-add]')).toHaveLength(0);
  });

  it('sends the same bytes and headers whether a page is rendered once, kept, or read from the cache', async () => {
    const { app, cache } = await createTestApp();
    const url = '/services?level=1';
    const withoutToken = (res: request.Response) => res.text.replace(/name="_csrf" value="[^"]*"/g, '');
    // First request: rendered and written as text; second: rendered and kept; third: from the cache.
    // Uncompressed (a client that does not ask for gzip), so the length is the page's own.
    const pages = [];
    for (let i = 0; i < 3; i++)
      pages.push(await request(app).get(url).set('Accept-Encoding', 'identity').expect(200));
    expect(cache.size).toBe(1);
    for (const page of pages) {
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      // The exact byte length (the pages hold multi-byte characters), not chunked.
      expect(page.headers['transfer-encoding']).toBeUndefined();
      expect(Number(page.headers['content-length'])).toBe(Buffer.byteLength(page.text, 'utf8'));
      expect(page.text).toContain('☁');
      expect(page.text).not.toContain(CSRF_PLACEHOLDER);
      expect(withoutToken(page)).toBe(withoutToken(pages[0]));
    }
    // Compressed for a client that asks for it, at every stage.
    for (const path of ['/services?level=3', '/services?level=3', url]) {
      const gzipped = await request(app).get(path).set('Accept-Encoding', 'gzip').expect(200);
      expect(gzipped.headers['content-encoding']).toBe('gzip');
      expect(gzipped.text).toContain('</html>');
    }
    // HEAD: the headers of the page, no body, from a new URL (rendered) as from the kept one.
    for (const path of ['/services?level=2', url]) {
      const head = await request(app).head(path).set('Accept-Encoding', 'identity').expect(200);
      expect(head.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(Number(head.headers['content-length'])).toBeGreaterThan(1000);
      expect(head.text ?? '').toBe('');
    }
  });

  it('keeps languages apart', async () => {
    const { app } = await createTestApp();
    await request(app).get('/services?level=1').expect(200);
    const en = await request(app).get('/services?level=1').set('Cookie', 'lang=en').expect(200);
    expect(cheerio.load(en.text)('html').attr('lang')).toBe('en');
  });

  it('serves the new catalogue right after a change', async () => {
    const doc = referenceCatalogue();
    const { app, store } = await createTestApp({ document: doc });
    const before = await request(app).get('/services/logius-digid').expect(200);
    expect(cheerio.load(before.text)('h1').text()).toBe('DigiD');
    const apiBefore = await request(app).get('/api/v1/services/logius-digid').expect(200);

    const changed = referenceCatalogue();
    (changed.services.find((s) => s.id === 'logius-digid') as { name: string }).name = 'DigiD (renamed)';
    // Same generation number on purpose: the store's own rebuild count still changes the version.
    Object.assign(store, { source: documentSource(changed, 1) } as Partial<CatalogueStore>);
    await store.reload();

    const after = await request(app).get('/services/logius-digid').expect(200);
    expect(cheerio.load(after.text)('h1').text()).toBe('DigiD (renamed)');
    const apiAfter = await request(app).get('/api/v1/services/logius-digid').expect(200);
    expect(apiAfter.body.service.name).toBe('DigiD (renamed)');
    expect(apiAfter.headers.etag).not.toBe(apiBefore.headers.etag);
  });

  it('answers a cached API body with the same headers, and 304 on a matching ETag', async () => {
    const { app } = await createTestApp();
    const first = await request(app).get('/api/v1/services?level=1').expect(200);
    const second = await request(app).get('/api/v1/services?level=1').expect(200);
    expect(second.body).toEqual(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['cache-control']).toBe(first.headers['cache-control']);
    expect(second.headers['access-control-allow-origin']).toBe('*');
    await request(app).get('/api/v1/services?level=1').set('If-None-Match', first.headers.etag).expect(304);
  });

  it('keeps a page from its second request on, so a URL asked for once costs no cache memory', async () => {
    const { app, cache } = await createTestApp();
    const renders = jest.spyOn(ejs, 'renderFile');
    const pageRenders = () => renders.mock.calls.filter(([file]) => String(file).includes('pages')).length;
    for (let level = 0; level <= 4; level++) await request(app).get(`/services?level=${level}`).expect(200);
    await request(app).get('/api/v1/services?level=1').expect(200);
    expect(cache.size).toBe(0);
    expect(pageRenders()).toBe(5);
    await request(app).get('/services?level=1').expect(200);
    await request(app).get('/api/v1/services?level=1').expect(200);
    expect(cache.size).toBe(2);
    await request(app).get('/services?level=1').expect(200);
    expect(pageRenders()).toBe(6);
    renders.mockRestore();
  });

  it('never caches error pages', async () => {
    const t = await createTestApp();
    const { app } = t;
    const { cache } = t;
    await request(app).get('/services?level=7').expect(400);
    await request(app).get('/services?level=7').expect(400);
    await request(app).get('/services?level=7').expect(400);
    await request(app).get('/services/nope').expect(404);
    await request(app).get('/services/nope').expect(404);
    expect(cache.size).toBe(0);
  });
});

describe('Cache-Control: no-cache from the client', () => {
  // Not honoured: a cached page is never stale, and the header would let anyone make every request
  // cost a full computation. A new catalogue (a new read-model version) is what renders pages anew.
  it('answers from the cache all the same (a hard reload costs nothing extra)', async () => {
    const { app } = await createTestApp();
    const renders = jest.spyOn(ejs, 'renderFile');
    const pageRenders = () => renders.mock.calls.filter(([file]) => String(file).includes('pages')).length;
    const first = await request(app).get('/services?level=1').expect(200);
    await request(app).get('/services?level=1').expect(200); // the second request is kept
    const again = await request(app).get('/services?level=1').set('Cache-Control', 'no-cache').expect(200);
    await request(app).get('/services?level=1').set('Pragma', 'no-cache').expect(200);
    expect(pageRenders()).toBe(2);
    // The same page (only the visitor's CSRF token in the compare forms differs).
    expect(again.text.replace(/name="_csrf" value="[^"]*"/g, '')).toBe(
      first.text.replace(/name="_csrf" value="[^"]*"/g, ''),
    );
    await request(app).get('/services?level=2').set('Cache-Control', 'no-cache').expect(200);
    expect(pageRenders()).toBe(3);
    renders.mockRestore();
  });

  it('answers an API body from the cache too', async () => {
    const { app, store } = await createTestApp();
    const current = jest.spyOn(store, 'current');
    await request(app).get('/api/v1/services?level=1').expect(200);
    await request(app).get('/api/v1/services?level=1').expect(200); // the second request is kept
    const afterFirst = current.mock.calls.length;
    await request(app).get('/api/v1/services?level=1').expect(200);
    const cachedCalls = current.mock.calls.length - afterFirst;
    await request(app).get('/api/v1/services?level=1').set('Cache-Control', 'no-cache').expect(200);
    const noCacheCalls = current.mock.calls.length - afterFirst - cachedCalls;
    expect(noCacheCalls).toBe(cachedCalls);
    current.mockRestore();
  });
});
