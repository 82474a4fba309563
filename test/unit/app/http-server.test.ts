import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Express } from 'express';
import { createHttpServer } from '../../../src/runtime/http-server';

/** GET `path` from a listening server: status, headers and body. */
async function get(server: http.Server, path: string) {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}${path}`, { headers: { 'X-Probe': 'yes' } });
    return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

/** An app whose route uses Express's request and response methods, counting prototype changes. */
function probeApp(): { app: Express; changes: () => number } {
  const app = express();
  app.locals.site = 'cloudmarkt';
  app.get('/probe', (req, res) => {
    res.json({
      header: req.get('x-probe'),
      query: req.query.q,
      app: req.app === app && res.app === app,
      prototypes: Object.getPrototypeOf(req) === app.request && Object.getPrototypeOf(res) === app.response,
      site: res.app.locals.site,
    });
  });
  const setPrototypeOf = Object.setPrototypeOf;
  let changes = 0;
  jest.spyOn(Object, 'setPrototypeOf').mockImplementation((target: object, proto: object | null) => {
    if (Object.getPrototypeOf(target) !== proto) changes++;
    return setPrototypeOf(target, proto) as object;
  });
  return { app, changes: () => changes };
}

describe('the HTTP server of the app', () => {
  afterEach(() => jest.restoreAllMocks());

  it("creates requests and responses with the app's prototypes, so Express changes none", async () => {
    const { app, changes } = probeApp();
    const server = createHttpServer(app);
    const before = changes();
    const res = await get(server, '/probe?q=cloud');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^application\/json/);
    expect(JSON.parse(res.body)).toEqual({
      header: 'yes',
      query: 'cloud',
      app: true,
      prototypes: true,
      site: 'cloudmarkt',
    });
    expect(changes() - before).toBe(0);
  });

  it('leaves the app working behind a plain Node server too (where Express sets the prototypes)', async () => {
    const { app, changes } = probeApp();
    createHttpServer(app); // prepared once, as the real server does
    const before = changes(); // preparing sets the prototypes of its own two classes
    const res = await get(http.createServer(app), '/probe?q=x');
    expect(JSON.parse(res.body)).toEqual({
      header: 'yes',
      query: 'x',
      app: true,
      prototypes: true,
      site: 'cloudmarkt',
    });
    // Express changed the request's and the response's prototype itself.
    expect(changes() - before).toBe(2);
  });

  it("answers Express's not-found and error responses as before", async () => {
    const app = express();
    app.get('/boom', () => {
      throw new Error('boom');
    });
    expect((await get(createHttpServer(app), '/nothing')).status).toBe(404);
    expect((await get(createHttpServer(app), '/boom')).status).toBe(500);
  });
});
