import request from 'supertest';
import { createTestApp, type TestApp } from '../../support/test-app';
import { responseChecker } from './api-test-support';

describe('API HTTP behaviour', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  describe('CORS', () => {
    it('lets any origin read responses, errors included', async () => {
      const ok = await request(t.app)
        .get('/api/v1/categories')
        .set('Origin', 'https://example.org')
        .expect(200);
      expect(ok.headers['access-control-allow-origin']).toBe('*');
      expect(ok.headers['access-control-expose-headers']).toContain('ETag');
      expect(ok.headers['cross-origin-resource-policy']).toBe('cross-origin');
      const bad = await request(t.app).get('/api/v1/services?level=7').expect(400);
      expect(bad.headers['access-control-allow-origin']).toBe('*');
    });

    it('answers a preflight for GET with If-None-Match', async () => {
      const res = await request(t.app)
        .options('/api/v1/services')
        .set('Origin', 'https://example.org')
        .set('Access-Control-Request-Method', 'GET')
        .set('Access-Control-Request-Headers', 'if-none-match')
        .expect(204);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['access-control-allow-methods']).toContain('GET');
      expect(res.headers['access-control-allow-headers']).toContain('If-None-Match');
    });

    it('does not open the HTML pages', async () => {
      const res = await request(t.app).get('/').expect(200);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('caching', () => {
    it('sends Cache-Control and an ETag, and 304 when the client holds that version', async () => {
      const first = await request(t.app).get('/api/v1/services?level=2').expect(200);
      expect(first.headers['cache-control']).toBe('public, max-age=60');
      const etag = first.headers.etag;
      expect(etag).toMatch(/^W\/".+"$/);
      const again = await request(t.app)
        .get('/api/v1/services?level=2')
        .set('If-None-Match', etag)
        .expect(304);
      expect(again.text).toBe('');
      expect(again.headers.etag).toBe(etag);
      const stale = await request(t.app)
        .get('/api/v1/services?level=2')
        .set('If-None-Match', 'W/"old"')
        .expect(200);
      expect(stale.body.total).toBe(first.body.total);
    });

    it('sets no cookie on a cacheable response, even with ?lang', async () => {
      const res = await request(t.app).get('/api/v1/categories?lang=en').expect(200);
      expect(res.headers['set-cookie']).toBeUndefined();
    });

    it('gives each URL its own ETag', async () => {
      const a = await request(t.app).get('/api/v1/services?level=2').expect(200);
      const b = await request(t.app).get('/api/v1/services?level=3').expect(200);
      expect(a.headers.etag).not.toBe(b.headers.etag);
      await request(t.app).get('/api/v1/services?level=3').set('If-None-Match', a.headers.etag).expect(200);
    });

    it('changes the ETag when the read model changes (another assessment date)', async () => {
      const later = await createTestApp({ assessedOn: '2027-06-01' });
      const a = await request(t.app).get('/api/v1/providers').expect(200);
      const b = await request(later.app).get('/api/v1/providers').expect(200);
      expect(a.headers.etag).not.toBe(b.headers.etag);
      await request(later.app).get('/api/v1/providers').set('If-None-Match', a.headers.etag).expect(200);
    });

    it('does not mark errors as cacheable', async () => {
      const res = await request(t.app).get('/api/v1/services/no-such-service').expect(404);
      expect(res.headers['cache-control'] ?? '').not.toContain('public');
    });
  });

  describe('rate limit', () => {
    it('answers 429 in the API error shape once the limit per minute is used up', async () => {
      const limited = await createTestApp({ env: { API_RATE_LIMIT_PER_MINUTE: '3' } });
      for (let i = 0; i < 3; i++) await request(limited.app).get('/api/v1/categories').expect(200);
      const res = await request(limited.app).get('/api/v1/categories').expect(429);
      expect(res.body).toEqual({
        error: { code: 'too_many_requests', message: expect.stringContaining('3'), details: [] },
      });
      const openapi = await request(t.app).get('/api/v1/openapi.json').expect(200);
      expect(responseChecker(openapi.body as object)('/api/v1/categories', 429, res.body)).toEqual([]);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      // The HTML pages are not limited.
      await request(limited.app).get('/').expect(200);
    });
  });
});
