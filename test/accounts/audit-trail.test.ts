import * as cheerio from 'cheerio';
import request from 'supertest';
import { auditCsv } from '../../src/presenters/admin/audit-csv';
import { recordAudit, recordHash } from '../../src/services/audit/record-audit';
import {
  createAccountsTestApp,
  createUser,
  csrfTokenFrom,
  signIn,
  type AccountsTestApp,
} from '../support/auth';
import { referenceCatalogue } from '../support/test-app';
import { parseCsv } from '../http/api/api-test-support';

const ADMIN_TOKEN = 'audit-test-admin-token-0123456789abcdef';

describe('audit trail', () => {
  let t: AccountsTestApp;
  beforeAll(async () => {
    t = await createAccountsTestApp();
  });
  afterAll(() => t.close());

  const actions = async () => (await t.db.knex('audit_trail').orderBy('id')).map((r) => r.action);

  it('cannot be changed or deleted, not even by SQL (a trigger refuses it)', async () => {
    await recordAudit(t.db.knex, {
      actor: null,
      action: 'test.row',
      recordType: 'test',
      recordId: 1,
      detail: { n: 1 },
    });
    const row = await t.db.knex('audit_trail').where({ action: 'test.row' }).first();
    expect(row).toBeDefined();
    await expect(
      t.db.knex('audit_trail').where({ id: row?.id }).update({ action: 'changed' }),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.knex('audit_trail').where({ id: row?.id }).del()).rejects.toThrow(/append-only/);
    await expect(t.db.knex.raw('truncate audit_trail')).rejects.toThrow(/append-only/);
    expect(await t.db.knex('audit_trail').where({ id: row?.id }).first()).toEqual(row);
  });

  it('rolls back with the transaction it was written in', async () => {
    await expect(
      t.db.knex.transaction(async (trx) => {
        await recordAudit(trx, { actor: null, action: 'test.rolled_back' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await t.db.knex('audit_trail').where({ action: 'test.rolled_back' }).first()).toBeUndefined();
  });

  it('hashes records independently of key order', () => {
    expect(recordHash({ a: 1, b: { c: 2, d: 3 } })).toBe(recordHash({ b: { d: 3, c: 2 }, a: 1 }));
    expect(recordHash({ a: 1 })).not.toBe(recordHash({ a: 2 }));
    expect(recordHash(undefined)).toBeNull();
  });

  it('records login, failed login, invitation, role change, reset, deactivation with who and which record', async () => {
    const admin = await createUser(t, { role: 'admin' });
    const stranger = request.agent(t.app);
    const token = await csrfTokenFrom(stranger);
    await stranger
      .post('/login')
      .type('form')
      .send({ _csrf: token, email: admin.email, password: 'wrong password' })
      .expect(401);
    const { agent, csrf } = await signIn(t.app, admin);
    await agent
      .post('/admin/users')
      .type('form')
      .send({ _csrf: csrf, email: 'audited@example.org', role: 'curator' })
      .expect(303);
    const invited = await t.db.knex('users').where({ email: 'audited@example.org' }).first();
    const id = invited?.id as number;
    await agent
      .post(`/admin/users/${id}/role`)
      .type('form')
      .send({ _csrf: csrf, role: 'supplier', provider: 'ovhcloud' })
      .expect(303);
    await agent.post(`/admin/users/${id}/reset`).type('form').send({ _csrf: csrf }).expect(303);
    await agent.post(`/admin/users/${id}/deactivate`).type('form').send({ _csrf: csrf }).expect(303);

    const rows = await t.db.knex('audit_trail').where('id', '>', 0).orderBy('id');
    const of = (action: string) => rows.filter((r) => r.action === action).pop();
    expect(of('login.failed')).toMatchObject({
      actor_id: null,
      record_type: 'user',
      record_id: String(admin.id),
      detail: { email: admin.email },
    });
    expect(of('login')).toMatchObject({
      actor_id: admin.id,
      actor_email: admin.email,
      record_id: String(admin.id),
    });
    expect(of('user.invited')).toMatchObject({
      actor_id: admin.id,
      record_id: String(id),
      detail: { role: 'curator', via: 'app' },
    });
    const roleRow = of('user.role_changed');
    expect(roleRow).toMatchObject({ actor_id: admin.id, record_id: String(id) });
    expect(roleRow?.before_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(roleRow?.after_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(roleRow?.before_hash).not.toBe(roleRow?.after_hash);
    expect(of('password.reset_issued')).toMatchObject({ actor_id: admin.id, record_id: String(id) });
    expect(of('user.deactivated')).toMatchObject({ actor_id: admin.id, record_id: String(id) });
    // Nothing secret in the trail.
    const text = JSON.stringify(rows);
    expect(text).not.toContain(admin.password);
    expect(text).not.toContain('$scrypt$');
    expect(typeof of('login')?.address).toBe('string');
  });

  it('records a catalogue import from the ADMIN_TOKEN endpoint in the import transaction', async () => {
    const app = t.makeApp({ ADMIN_TOKEN });
    const doc = referenceCatalogue();
    const res = await request(app)
      .post('/api/admin/catalogue')
      .set('Authorization', `Bearer ${ADMIN_TOKEN}`)
      .send(doc)
      .expect(200);
    const row = await t.db
      .knex('audit_trail')
      .where({ action: 'catalogue.imported' })
      .orderBy('id', 'desc')
      .first();
    expect(row).toMatchObject({
      actor_id: null,
      record_type: 'catalogue',
      record_id: String(res.body.generation),
    });
    expect(row?.detail).toMatchObject({ via: 'api', services: doc.services.length });
    expect(row?.after_hash).toMatch(/^[0-9a-f]{64}$/);
    // A refused import changes nothing, so it leaves no row either.
    const before = (await actions()).length;
    doc.services[0].providerId = 'no-such-provider';
    await request(app)
      .post('/api/admin/catalogue')
      .set('Authorization', `Bearer ${ADMIN_TOKEN}`)
      .send(doc)
      .expect(400);
    expect((await actions()).length).toBe(before);
  });

  it('shows the trail to administrators and exports all of it as CSV', async () => {
    const admin = await createUser(t, { role: 'admin' });
    const stranger = request.agent(t.app);
    const token = await csrfTokenFrom(stranger);
    await stranger
      .post('/login')
      .type('form')
      .send({ _csrf: token, email: '=HYPERLINK("http://evil")', password: 'x' })
      .expect(401);
    const { agent } = await signIn(t.app, admin);
    const page = await agent.get('/admin/audit').expect(200);
    const $ = cheerio.load(page.text);
    expect($('[data-test=audit-row]').first().attr('data-action')).toBe('login');
    await agent.get('/admin/audit?page=0').expect(400);
    await agent.get('/admin/audit?page=abc').expect(400);

    const csv = await agent
      .get('/admin/audit.csv')
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks).toString('utf8')));
      });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(
      /attachment; filename="?cloudmarkt-audit-\d{4}-\d{2}-\d{2}\.csv"?/,
    );
    const [header, ...lines] = parseCsv((csv.body as string).replace(/^\uFEFF/, ''));
    const records = lines.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
    expect(records.length).toBe(
      await t.db
        .knex('audit_trail')
        .count({ n: '*' })
        .first()
        .then((r) => Number(r?.n)),
    );
    expect(records.map((r) => r.action)).toEqual(await actions());
    const failed = records.filter((r) => r.action === 'login.failed').pop();
    expect(JSON.parse(failed?.detail ?? '{}')).toEqual({ email: '=hyperlink("http://evil")' });
  });
});

describe('audit CSV', () => {
  it('neutralises cells a spreadsheet would run as a formula', async () => {
    const row = {
      id: 1,
      occurred_at: new Date('2026-11-30T10:00:00Z'),
      actor_id: 7,
      actor_email: '=cmd|calc',
      action: '+action',
      record_type: '@type',
      record_id: '-1+1',
      before_hash: null,
      after_hash: null,
      detail: null,
      address: '127.0.0.1',
    };
    async function* rows() {
      yield row;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of auditCsv(rows())) chunks.push(Buffer.from(chunk as Buffer));
    const [header, cells] = parseCsv(
      Buffer.concat(chunks)
        .toString('utf8')
        .replace(/^\uFEFF/, ''),
    );
    const record = Object.fromEntries(header.map((h, i) => [h, cells[i]]));
    expect(record).toMatchObject({
      id: '1',
      occurred_at: '2026-11-30T10:00:00.000Z',
      actor_email: "'=cmd|calc",
      action: "'+action",
      record_type: "'@type",
      record_id: "'-1+1",
    });
  });
});
