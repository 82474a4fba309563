import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CatalogueDocument } from '../../src/domain/catalogue.types';
import { createTestApp, referenceCatalogue } from '../support/test-app';
import { checkResponse } from './fuzz/check-response';
import { discoverRoutes, type DiscoveredRoute } from './fuzz/discover-routes';
import { RequestGenerator, type FuzzRequest } from './fuzz/generate-requests';
import { harvestForms } from './fuzz/harvest-forms';
import { createRandom, fuzzSeed } from './fuzz/prng';
import { mapLimit, sendRaw } from './fuzz/send-raw';

const MIN_TOTAL = 2000;
const MIN_PER_ROUTE = 60;
const SEED = fuzzSeed(process.env.FUZZ_SEED, 20261128);
// Generous: the request count is fixed, and a busy shared machine may take minutes for it.

interface Failure {
  request: FuzzRequest;
  status: number;
  problems: string[];
}

describe(`fuzz: hostile requests to every route (FUZZ_SEED=${SEED})`, () => {
  let server: http.Server;
  let port: number;
  let agent: http.Agent;
  let doc: CatalogueDocument;
  let routes: DiscoveredRoute[];

  beforeAll(async () => {
    doc = referenceCatalogue();
    // The API rate limit is not under test here; 2,000 requests from one address would trip it.
    const { app } = await createTestApp({ document: doc, env: { API_RATE_LIMIT_PER_MINUTE: '1000000' } });
    routes = discoverRoutes(app);
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    port = (server.address() as AddressInfo).port;
    agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  });

  afterAll(async () => {
    agent.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  it('finds the routes the app registers', () => {
    const table = routes.map((r) => `${r.method} ${r.path}`);
    console.info(`fuzz seed ${SEED}; routes under test:\n  ${table.join('\n  ')}`);
    // Discovery must see every area's pages, downloads, API and forms (the test then covers new ones too).
    expect(table).toEqual(
      expect.arrayContaining([
        'GET /',
        'GET /services',
        'GET /categories/:id',
        'GET /services/:id',
        'GET /providers/:id',
        'GET /method',
        'GET /compare',
        'GET /compare.csv',
        'POST /compare/basket',
        'GET /broker',
        'GET /broker/planner',
        'GET /broker/shortlist.ods',
        'GET /services.csv',
        'GET /api/v1/services',
        'GET /api/v1/services/:id',
      ]),
    );
  });

  it('answers every hostile request without a 5xx, names every 4xx problem and never echoes markup', async () => {
    const random = createRandom(SEED);
    const generator = new RequestGenerator(random, doc);
    const forms = await harvestForms(port, agent, routes, doc);
    const perRoute = Math.max(MIN_PER_ROUTE, Math.ceil(MIN_TOTAL / routes.length));
    console.info(`POST forms found: ${[...forms.keys()].join(', ') || 'none'}`);
    const requests = routes.flatMap((route) =>
      Array.from({ length: perRoute }, () => generator.generate(route, forms.get(route.path))),
    );

    const failures: Failure[] = [];
    const statuses = new Map<number, number>();
    await mapLimit(requests, 8, async (request) => {
      const response = await sendRaw(port, agent, request);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const problems = checkResponse(request, response);
      if (problems.length) failures.push({ request, status: response.status, problems });
    });

    console.info(
      `fuzz seed ${SEED}: ${requests.length} requests over ${routes.length} routes; statuses ${JSON.stringify(
        Object.fromEntries(statuses),
      )}`,
    );
    expect(requests.length).toBeGreaterThanOrEqual(MIN_TOTAL);
    // Hostile input must be rejected somewhere, and valid-looking requests must get through too.
    expect([...statuses.keys()].some((s) => s >= 400)).toBe(true);
    expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
    expect(failures.length ? report(failures) : []).toEqual([]);
  }, 600_000);

  it('leaves Object.prototype untouched', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  });
});

/**
 * The failures in a form that can be replayed by hand (FUZZ_SEED=… and the request line): one
 * example per route and kind of problem, so a single bug does not hide the others.
 */
function report(failures: Failure[]): string[] {
  const examples = new Map<string, Failure>();
  for (const f of failures) {
    const route = f.request.url.split('?')[0].split('/').slice(0, 3).join('/');
    const kind = `${f.request.method} ${route} ${f.status} ${f.problems[0].replace(/:.*$/, '')}`;
    if (!examples.has(kind)) examples.set(kind, f);
  }
  return [...examples.entries()]
    .map(
      ([kind, f]) =>
        `${kind} — [seed ${SEED}] ${f.request.method} ${f.request.url.slice(0, 300)}${
          f.request.body ? ` body=${f.request.body.slice(0, 200)}` : ''
        } → ${f.status}: ${f.problems.join('; ').slice(0, 300)} (mutations: ${f.request.mutations.join(' | ').slice(0, 300)})`,
    )
    .concat([`${failures.length} failing requests in all`]);
}
