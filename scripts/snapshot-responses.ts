/**
 * Writes the app's responses to a fixed list of requests into a folder, so that two versions of the
 * code can be compared byte for byte (`diff -r before after`): a refactoring must not change them.
 *
 *   node --import tsx scripts/snapshot-responses.ts OUT_DIR
 *
 * The app is started the way server.ts starts it (in-memory PGlite, the reference catalogue, a fixed
 * ASSESSMENT_DATE and SESSION_SECRET), and every request carries the same CSRF cookie, so the form
 * tokens are the same in every run; "now" is fixed and cookie expiry dates are masked, so nothing
 * else in a response varies. Each file holds the status,
 * the headers that carry meaning, and the body (binary bodies such as ODS are written as they are,
 * next to a `.head` file).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { start } from '../src/server';

// "Now" is fixed (the shortlist downloads say when they were made); Date.now and dates built from a
// value are left alone.
const FIXED_NOW = Date.parse('2026-11-28T12:00:00.000Z');
globalThis.Date = new Proxy(Date, {
  construct: (target, args) => (args.length === 0 ? new target(FIXED_NOW) : Reflect.construct(target, args)),
});

const CSRF_COOKIE = `cm_csrf=${'A'.repeat(43)}`;
const BASKET = 'cm_compare=nextcloud-hub,collabora-online';
const FULL_BASKET = 'cm_compare=nextcloud-hub,collabora-online,element-matrix,openproject';
const HEADERS = [
  'content-type',
  'content-disposition',
  'content-language',
  'cache-control',
  'vary',
  'location',
  'set-cookie',
  'etag',
  'access-control-allow-origin',
];

interface Request {
  url: string;
  cookie?: string;
  method?: 'GET' | 'POST';
  form?: Record<string, string>;
  headers?: Record<string, string>;
}

const get = (url: string, cookie?: string): Request => ({ url, cookie });

const REQUESTS: Request[] = [
  // Pages of every kind, both languages, errors.
  get('/'),
  get('/?lang=en'),
  get('/?lang=de'),
  get('/services/nextcloud-hub'),
  get('/services/microsoft-365?lang=en'),
  get('/services/logius-digid'),
  get('/services/stackit-cloud-iaas-paas'),
  get('/services/opendesk-enterprise-saas'),
  get('/services/aws-european-sovereign-cloud'),
  get('/services/nextcloud-hub', BASKET),
  get('/services/no-such-service'),
  get('/services/NOT%20AN%20ID'),
  get('/providers/ovhcloud'),
  get('/providers/ovhcloud?lang=en'),
  get('/providers/nobody'),
  get('/method'),
  get('/method?lang=en'),
  get('/method?lang=fr'),
  get('/no/such/page'),
  get('/completeness'),
  get('/completeness?lang=en'),
  get('/completeness.csv'),
  // Lists: filters, sorting, paging, categories, bad input.
  get('/services'),
  get('/services', BASKET),
  get('/services?lang=en'),
  get('/services?level=2'),
  get('/services?level=3&model=saas&cert=ISO27001'),
  get('/services?lot=infrastructure&location=eea&openSource=true'),
  get('/services?minJurisdiction=2&minData=2&minOpenness=1&minAssurance=1&selfHostable=true'),
  get('/services?providerType=hyperscaler&control=customer-managed-keys'),
  get('/services?capability=email&provider=ovhcloud&provider=scaleway'),
  get('/services?sort=name&perPage=5&page=2'),
  get('/services?sort=level&perPage=10'),
  get('/services?page=999'),
  get('/services?level=7'),
  get('/services?level=9&nope=1&lang=en'),
  get('/services?sort=relevance'),
  get('/services?perPage=1000'),
  get('/services?level=&model='),
  get('/categories/compute'),
  get('/categories/collaboration-suite?level=2&lang=en'),
  get('/categories/email-calendar?category=compute'),
  get('/categories/no-such-category'),
  // Search.
  get('/services?q=nextcloud'),
  get('/services?q=teams'),
  get('/services?q=sharepoint&lang=en'),
  get('/services?q=opslag&level=2'),
  get('/services?q=kubernetes&sort=relevance'),
  get('/services?q=%2Bmail%20-google'),
  get('/services?q=xyzzyqwerty'),
  get('/services?q=de'),
  get('/services?q=nextclod'),
  get('/categories/compute?q=server'),
  get(`/services?q=${'a'.repeat(201)}`),
  // Compare and the basket.
  get('/compare'),
  get('/compare', BASKET),
  get('/compare?id=nextcloud-hub&id=collabora-online'),
  get('/compare?id=nextcloud-hub&id=collabora-online&id=microsoft-365&diff=1&lang=en'),
  get('/compare?id=microsoft-azure&id=scaleway-instances&id=hetzner-cloud&id=ovhcloud-kms'),
  get('/compare?id=a&id=b&id=c&id=d&id=e'),
  get('/compare?id=Bad!'),
  get('/compare?id=nextcloud-hub&id=ghost'),
  get('/compare?id=nextcloud-hub&diff=2'),
  get('/compare.csv?id=nextcloud-hub&id=collabora-online'),
  get('/compare.csv?id=nextcloud-hub&id=microsoft-365&lang=en'),
  get('/compare.csv?id=nextcloud-hub&id=ghost'),
  { url: '/compare/basket', method: 'POST', form: { action: 'add', id: 'xwiki', returnTo: '/services' } },
  { url: '/compare/basket', method: 'POST', cookie: BASKET, form: { action: 'add', id: 'xwiki' } },
  { url: '/compare/basket', method: 'POST', cookie: FULL_BASKET, form: { action: 'add', id: 'xwiki' } },
  { url: '/compare/basket', method: 'POST', cookie: BASKET, form: { action: 'remove', id: 'nextcloud-hub' } },
  { url: '/compare/basket', method: 'POST', cookie: BASKET, form: { action: 'clear' } },
  { url: '/compare/basket', method: 'POST', form: { action: 'add', id: 'no-such-service' } },
  { url: '/compare/basket', method: 'POST', form: { action: 'jump', id: 'xwiki' } },
  { url: '/compare/basket', method: 'POST', form: { action: 'add' } },
  { url: '/compare/basket', method: 'POST', form: { action: 'add', id: 'xwiki', _csrf: 'forged' } },
  {
    url: '/compare/basket',
    method: 'POST',
    form: { action: 'add', id: 'xwiki', returnTo: '//evil.example' },
  },
  // Broker and planner.
  get('/broker'),
  get('/broker?profile=internal'),
  get('/broker?profile=internal&lang=en'),
  get('/broker?profile=personal-data&dataInNl=true&cert=ISO27001&dpa=true'),
  get('/broker?profile=public&governmentOnly=true&maxNoticeDays=30&cert=ISO27001'),
  get('/broker?profile=state-secret'),
  get('/broker?profile=internal&maxNoticeDays=&dpa='),
  get('/broker?profile=nope&cert=X&dpa=yes&maxNoticeDays=99999&extra=1'),
  get('/broker/planner'),
  get('/broker/planner?profile=internal'),
  get('/broker/planner?profile=public&openSource=true&lang=en'),
  get('/broker/shortlist.csv'),
  get('/broker/shortlist.csv?profile=internal&dataInNl=true'),
  get('/broker/shortlist.csv?profile=internal&lang=en'),
  get('/broker/shortlist.ods?profile=internal&dataInNl=true'),
  get('/broker/shortlist.ods?profile=internal&framework=1'),
  // CSV downloads of lists.
  get('/services.csv'),
  get('/services.csv?level=2&lang=en'),
  get('/services.csv?model=saas&lang=en'),
  get('/services.csv?q=nextcloud'),
  get('/services.csv?q=xyzzyqwerty'),
  get('/services.csv?level=9'),
  get('/categories/compute.csv'),
  get('/categories/compute.csv?category=storage'),
  get('/categories/no-such-category.csv'),
  // The API.
  get('/api'),
  get('/api?lang=en'),
  get('/api/v1/services'),
  get('/api/v1/services?level=2&perPage=5&page=2'),
  get('/api/v1/services?q=nextcloud&perPage=100'),
  get('/api/v1/services?q=nextcloud&lang=en'),
  get('/api/v1/services?level=7'),
  get('/api/v1/services?bogus=1&lang=en'),
  get('/api/v1/services/logius-digid'),
  get('/api/v1/services/microsoft-365?lang=en'),
  get('/api/v1/services/no-such-service'),
  get('/api/v1/providers'),
  get('/api/v1/providers/ovhcloud'),
  get('/api/v1/providers/nobody'),
  get('/api/v1/categories'),
  get('/api/v1/categories?lang=en'),
  get('/api/v1/capabilities'),
  get('/api/v1/catalogue'),
  get('/api/v1/openapi.json'),
  { url: '/api/v1/services', headers: { 'if-none-match': 'W/"nothing"' } },
  // Operators.
  get('/healthz'),
  get('/readyz'),
];

function fileName(index: number, request: Request): string {
  const slug = `${request.method ?? 'GET'} ${request.url}`.replace(/[^A-Za-z0-9._=-]+/g, '_').slice(0, 120);
  return `${String(index).padStart(3, '0')}-${slug}`;
}

async function waitForSearch(base: string): Promise<void> {
  for (;;) {
    const body = (await (await fetch(`${base}/readyz`)).json()) as { checks: { search: string } };
    if (body.checks.search === 'ready') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function main(): Promise<void> {
  const out = process.argv[2];
  if (!out) throw new Error('usage: snapshot-responses.ts OUT_DIR');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: '0',
    HOST: '127.0.0.1',
    PGLITE_MEMORY: '1',
    ASSESSMENT_DATE: '2026-11-28',
    SESSION_SECRET: 'snapshot-secret-snapshot-secret-snapshot',
  });
  const running = await start(config, createLogger('silent'));
  try {
    const base = `http://127.0.0.1:${(running.server.address() as AddressInfo).port}`;
    await waitForSearch(base);
    // The form token for the fixed cookie, as a page carries it.
    const page = await (await fetch(`${base}/services/xwiki`, { headers: { cookie: CSRF_COOKIE } })).text();
    const token = /name="_csrf" value="([^"]+)"/.exec(page)?.[1];
    if (!token) throw new Error('no CSRF token on the service page');
    for (const [index, request] of REQUESTS.entries()) {
      const headers: Record<string, string> = {
        cookie: [CSRF_COOKIE, request.cookie].filter(Boolean).join('; '),
        'accept-encoding': 'identity',
        ...request.headers,
      };
      let body: string | undefined;
      if (request.method === 'POST') {
        headers['content-type'] = 'application/x-www-form-urlencoded';
        body = new URLSearchParams({ _csrf: token, ...request.form }).toString();
      }
      const response = await fetch(`${base}${request.url}`, {
        method: request.method ?? 'GET',
        headers,
        body,
        redirect: 'manual',
      });
      const bytes = Buffer.from(await response.arrayBuffer());
      const head = [`${request.method ?? 'GET'} ${request.url}`, `status ${response.status}`];
      for (const name of HEADERS) {
        const value =
          name === 'set-cookie'
            ? // A cookie's expiry date is the time of the request plus its lifetime.
              response.headers
                .getSetCookie()
                .map((cookie) => cookie.replace(/Expires=[^;]+/, 'Expires=(masked)'))
                .join(' | ')
            : response.headers.get(name);
        if (value) head.push(`${name}: ${value}`);
      }
      const name = fileName(index, request);
      const type = response.headers.get('content-type') ?? '';
      if (/^(text|application\/(json|javascript))/.test(type) || bytes.length === 0) {
        fs.writeFileSync(path.join(out, `${name}.txt`), `${head.join('\n')}\n\n${bytes.toString('utf8')}`);
      } else {
        fs.writeFileSync(path.join(out, `${name}.head`), `${head.join('\n')}\n`);
        fs.writeFileSync(path.join(out, `${name}.bin`), bytes);
      }
    }
    console.log(`${REQUESTS.length} responses written to ${out}`);
  } finally {
    await running.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
