import * as cheerio from 'cheerio';
import fs from 'node:fs';
import request from 'supertest';
import type { Express } from 'express';
import {
  VISITORS,
  appWith,
  createSupplySide,
  openDraft,
  post,
  submittedDraft,
  type SupplySide,
  type Visitor,
} from '../support/supply-side';

/**
 * Every private or state-changing route, requested by every kind of visitor, with the outcome
 * written out per route and role: 401 (the sign-in form), 403 (the role is wrong), 404 (another
 * provider's record: its existence is not told), or what the permitted role gets (200, 303, or the
 * 400/409 of a harmless body, so the matrix changes nothing it relies on).
 */

const ADMIN_TOKEN = 'a-test-admin-token-of-at-least-32-characters';

interface Ids {
  draft: number;
  submitted: number;
  admin: number;
}

interface Row {
  method: 'GET' | 'POST';
  path: (ids: Ids) => string;
  body?: Record<string, string>;
  /** anonymous, supplier A, supplier B, curator, administrator, deactivated user */
  expect: [number, number, number, number, number, number];
}

const ADMIN_ONLY = (ok: number): Row['expect'] => [401, 403, 403, 403, ok, 401];
const CURATORS = (ok: number): Row['expect'] => [401, 403, 403, ok, ok, 401];

const ROWS: Row[] = [
  { method: 'GET', path: () => '/account', expect: [401, 200, 200, 200, 200, 401] },
  { method: 'GET', path: () => '/supplier', expect: [401, 200, 200, 403, 403, 401] },
  { method: 'GET', path: () => '/drafts/new-service', expect: [401, 200, 200, 200, 200, 401] },
  { method: 'GET', path: (i) => `/drafts/${i.draft}`, expect: [401, 200, 404, 200, 200, 401] },
  // Curators see a supplier's draft but never edit it: the form sends them to the overview.
  { method: 'GET', path: (i) => `/drafts/${i.draft}/contract`, expect: [401, 200, 404, 303, 303, 401] },
  { method: 'GET', path: (i) => `/drafts/${i.submitted}`, expect: [401, 200, 404, 200, 200, 401] },
  { method: 'GET', path: () => '/curator', expect: CURATORS(200) },
  { method: 'GET', path: (i) => `/curator/submissions/${i.submitted}`, expect: CURATORS(200) },
  { method: 'GET', path: () => '/admin/users', expect: ADMIN_ONLY(200) },
  { method: 'GET', path: () => '/admin/outbox', expect: ADMIN_ONLY(200) },
  { method: 'GET', path: () => '/admin/audit', expect: ADMIN_ONLY(200) },
  { method: 'GET', path: () => '/admin/audit.csv', expect: ADMIN_ONLY(200) },
  // The operator endpoints take the bearer token only: no session, whatever its role, opens them.
  { method: 'GET', path: () => '/api/admin/backup', expect: [401, 401, 401, 401, 401, 401] },
  { method: 'POST', path: () => '/api/admin/catalogue', expect: [401, 401, 401, 401, 401, 401] },

  // Suppliers' drafts. Harmless bodies: the permitted role gets a refusal that changes nothing.
  {
    method: 'POST',
    path: () => '/drafts',
    body: { kind: 'service', id: 'acme-cloud' },
    expect: [401, 303, 404, 303, 303, 401],
  },
  {
    method: 'POST',
    path: () => '/drafts/new-service',
    body: { providerId: 'acme', id: '', name: '', serviceModel: 'saas' },
    expect: [401, 400, 400, 400, 400, 401],
  },
  { method: 'POST', path: (i) => `/drafts/${i.draft}/submit`, expect: [401, 409, 404, 409, 409, 401] },
  { method: 'POST', path: (i) => `/drafts/${i.draft}/refresh`, expect: [401, 303, 404, 409, 409, 401] },
  {
    method: 'POST',
    path: (i) => `/drafts/${i.draft}/comments`,
    body: { comment: ' ' },
    expect: [401, 400, 404, 400, 400, 401],
  },
  {
    method: 'POST',
    path: (i) => `/drafts/${i.draft}/contract`,
    body: { revision: '0' },
    expect: [401, 409, 404, 409, 409, 401],
  },

  // The curators' review.
  {
    method: 'POST',
    path: (i) => `/curator/submissions/${i.submitted}/decisions`,
    body: { item: 'contract.slaAvailabilityPct', decision: 'rejected', reason: '' },
    expect: CURATORS(400),
  },
  {
    method: 'POST',
    path: (i) => `/curator/submissions/${i.submitted}/return`,
    body: { message: '' },
    expect: CURATORS(400),
  },
  { method: 'POST', path: (i) => `/curator/submissions/${i.submitted}/approve`, expect: CURATORS(409) },

  // Administrators' user management (on the administrator's own account: refused or harmless).
  { method: 'POST', path: () => '/admin/users', body: { email: 'not an address' }, expect: ADMIN_ONLY(400) },
  {
    method: 'POST',
    path: (i) => `/admin/users/${i.admin}/role`,
    body: { role: 'root' },
    expect: ADMIN_ONLY(400),
  },
  { method: 'POST', path: (i) => `/admin/users/${i.admin}/deactivate`, expect: ADMIN_ONLY(400) },
  { method: 'POST', path: (i) => `/admin/users/${i.admin}/activate`, expect: ADMIN_ONLY(303) },
  { method: 'POST', path: (i) => `/admin/users/${i.admin}/reset`, expect: ADMIN_ONLY(303) },
];

/** Routes of the public site: open to all by design, not part of the matrix. */
const PUBLIC_POSTS = ['/compare/basket', '/login', '/logout'];
const PRIVATE = /^\/(account|supplier|drafts|curator|admin|api\/admin)(\/|$|\.)/;

function registeredRoutes(app: Express): { method: string; path: string }[] {
  type Layer = { route?: { path: string; methods: Record<string, boolean> }; handle?: { stack?: Layer[] } };
  const out: { method: string; path: string }[] = [];
  const walk = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route) {
        for (const method of Object.keys(layer.route.methods))
          out.push({ method: method.toUpperCase(), path: layer.route.path });
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
  return out;
}

/** A path of the table with its ids replaced by the route's parameters, e.g. /drafts/:draftId/submit. */
function asPattern(path: string, ids: Ids, route: string): boolean {
  const parts = path.split('/');
  const pattern = route.split('/');
  const idValues = new Set(Object.values(ids).map(String));
  return (
    parts.length === pattern.length &&
    pattern.every(
      (p, i) => p === parts[i] || (p.startsWith(':') && (idValues.has(parts[i]!) || p === ':section')),
    )
  );
}

describe('authorization matrix: every private route × every kind of visitor', () => {
  let s: SupplySide;
  let ids: Ids;
  beforeAll(async () => {
    s = await createSupplySide({ ADMIN_TOKEN });
    ids = {
      draft: await openDraft(s.as.supplierA, 'service', 'acme-cloud'),
      submitted: await submittedDraft(s.as.supplierA, 'acme-files'),
      admin: s.users.admin.id,
    };
  });
  afterAll(() => s.close());

  const send = (visitor: Visitor, row: Row, withToken = true) => {
    const session = s.as[visitor];
    const path = row.path(ids);
    if (row.method === 'GET') return session.agent.get(path);
    if (path.startsWith('/api/')) return session.agent.post(path).set('X-CSRF-Token', session.csrf).send({});
    return withToken
      ? post(session, path, row.body)
      : session.agent
          .post(path)
          .type('form')
          .send(row.body ?? {});
  };

  it('covers every private route the app registers', () => {
    const missing = registeredRoutes(s.t.app)
      .filter((r) => PRIVATE.test(r.path) && !PUBLIC_POSTS.includes(r.path))
      .filter((r) => !ROWS.some((row) => row.method === r.method && asPattern(row.path(ids), ids, r.path)));
    expect(missing).toEqual([]);
  });

  it.each(
    ROWS.map((row) => [`${row.method} ${row.path({ draft: 1, submitted: 2, admin: 3 })}`, row] as const),
  )('%s', async (_name, row) => {
    const got: Record<string, number> = {};
    for (const visitor of VISITORS) {
      const res = await send(visitor, row);
      got[visitor] = res.status;
      if (res.status === 404) {
        // Not found says nothing about the record: no name of provider A's service.
        expect(res.text).not.toMatch(/Acme (Cloud|Files)/);
      }
      if (res.status === 401 && row.method === 'GET' && !row.path(ids).startsWith('/api/')) {
        const $ = cheerio.load(res.text);
        expect($('[data-test=login-form]')).toHaveLength(1);
        expect($('input[name=next]').val()).toBe(row.path(ids));
      }
    }
    expect(got).toEqual(Object.fromEntries(VISITORS.map((v, i) => [v, row.expect[i]])));
  });

  it('refuses every state-changing form without a CSRF token, or with another visitor’s (403)', async () => {
    const stranger = s.as.anonymous.csrf;
    const refused: string[] = [];
    for (const row of ROWS.filter((r) => r.method === 'POST' && !r.path(ids).startsWith('/api/'))) {
      // The first visitor the row lets through is the one whose form is forged.
      const allowed = VISITORS.find((_, i) => ![401, 403, 404].includes(row.expect[i]!)) as Visitor;
      const session = s.as[allowed];
      const path = row.path(ids);
      const without = await session.agent
        .post(path)
        .type('form')
        .send(row.body ?? {});
      const forged = await session.agent
        .post(path)
        .type('form')
        .send({ ...row.body, _csrf: stranger });
      for (const res of [without, forged]) {
        const reason = cheerio.load(res.text)('[data-test=forbidden]').attr('data-reason');
        if (res.status !== 403 || reason !== 'csrf') refused.push(`${path}: ${res.status} ${reason}`);
      }
    }
    // The links and sign-out too (sign-in is tested in security.test.ts).
    const token = 'A'.repeat(43);
    for (const path of [`/invitation/${token}`, `/password-reset/${token}`, `/setup/${token}`, '/logout']) {
      const res = await s.as.curator.agent.post(path).type('form').send({ password: 'x', confirm: 'x' });
      if (res.status !== 403) refused.push(`${path}: ${res.status}`);
    }
    expect(refused).toEqual([]);
    // The curator's session survived the forged sign-out.
    await s.as.curator.agent.get('/account').expect(200);
  });

  it('answers a form posted as JSON or plain text (token in the header) without a 500', async () => {
    const failed: string[] = [];
    for (const row of ROWS.filter((r) => r.method === 'POST' && !r.path(ids).startsWith('/api/'))) {
      const allowed = VISITORS.find((_, i) => ![401, 403, 404].includes(row.expect[i]!)) as Visitor;
      const session = s.as[allowed];
      for (const [type, body] of [
        ['application/json', JSON.stringify({ ...row.body, revision: ['1'], kind: { $ne: 1 } })],
        ['text/plain', 'revision=1&kind=service'],
      ] as const) {
        const res = await session.agent
          .post(row.path(ids))
          .set('X-CSRF-Token', session.csrf)
          .set('Content-Type', type)
          .send(body);
        if (res.status >= 500) failed.push(`${row.path(ids)} as ${type}: ${res.status}`);
      }
    }
    expect(failed).toEqual([]);
  });

  it('lets the operator endpoints in with the bearer token only', async () => {
    const agent = s.as.admin.agent;
    await agent.get('/api/admin/backup').set('Authorization', `Bearer ${ADMIN_TOKEN}x`).expect(401);
    await agent.get('/api/admin/backup').set('Authorization', ADMIN_TOKEN).expect(401);
    // This test app has no backup function: with the token the endpoint answers, and says so.
    const backup = await agent.get('/api/admin/backup').set('Authorization', `Bearer ${ADMIN_TOKEN}`);
    expect(backup.status).toBe(404);
    const imported = await agent
      .post('/api/admin/catalogue')
      .set('Authorization', `Bearer ${ADMIN_TOKEN}`)
      .send({ schemaVersion: 1 });
    expect(imported.status).toBe(400);
    expect(s.t.store.current().serviceById.has('acme-cloud')).toBe(true);
  });

  it('never lets a browser or proxy keep a backup (it holds password hashes and sessions)', async () => {
    const app = appWith(s, { backupDatabase: (file) => fs.promises.writeFile(file, 'backup bytes') });
    const res = await request(app).get('/api/admin/backup').set('Authorization', `Bearer ${ADMIN_TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
