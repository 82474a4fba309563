import { Writable } from 'node:stream';
import pino from 'pino';
import request from 'supertest';
import { createTestApp } from '../../support/test-app';

/** A logger at `level` whose JSON lines are collected. */
function collectingLogger(level: string): { logger: pino.Logger; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const logger = pino({ level }, stream);
  const lines = () =>
    chunks
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, lines };
}

describe('compression', () => {
  it('compresses a page for a client that accepts gzip', async () => {
    const { app } = await createTestApp();
    const res = await request(app).get('/services').set('Accept-Encoding', 'gzip').expect(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    expect(res.text).toContain('<html');
  });

  it('sends a client that does not ask for it the plain page, saying it varies by Accept-Encoding', async () => {
    const { app } = await createTestApp();
    const res = await request(app).get('/services').set('Accept-Encoding', '').expect(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.text));
  });
});

describe('access log', () => {
  it('writes one line per request at info, with method, URL, status and response time', async () => {
    const { logger, lines } = collectingLogger('info');
    const { app } = await createTestApp({ logger });
    await request(app).get('/services?level=2').expect(200);
    const access = lines().filter((l) => l.msg === 'request completed');
    expect(access).toHaveLength(1);
    expect(access[0]).toMatchObject({
      req: { method: 'GET', url: '/services?level=2' },
      res: { statusCode: 200 },
    });
    expect(typeof access[0].responseTime).toBe('number');
  });

  it('writes no access lines at warn, but still logs a failure', async () => {
    const { logger, lines } = collectingLogger('warn');
    const { app, store } = await createTestApp({ logger });
    await request(app).get('/services').expect(200);
    expect(lines()).toEqual([]);
    jest.spyOn(store, 'current').mockImplementation(() => {
      throw new Error('boom');
    });
    await request(app).get('/services').expect(500);
    expect(lines().map((l) => l.msg)).toContain('request failed');
  });
});
