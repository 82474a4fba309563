import * as cheerio from 'cheerio';
import { createUser } from '../../support/auth';
import {
  createSupplySide,
  openDraft,
  post,
  revisionOf,
  submittedDraft,
  type SupplySide,
} from '../../support/supply-side';

/**
 * Every id in a URL or a hidden form field is hostile: another provider's, one that does not exist,
 * one of another kind, or no id at all. The answer is 404 (or 400 naming the field) — never a 500,
 * never another provider's data, never a record moved to another provider.
 */

const HOSTILE_IDS = [
  '99999999',
  '0',
  '-1',
  '1e3',
  '0x10',
  '1.5',
  'abc',
  '9'.repeat(400),
  '%C3%A9%E2%80%AE',
  '%D9%A1%D9%A2', // Arabic-Indic digits
  '..%2F..%2Fadmin%2Fusers',
  "1'%20OR%20'1'%3D'1",
  '1%3B%20DROP%20TABLE%20drafts',
  '%00',
  'acme-cloud', // a service id where a draft id is expected
];

describe('hostile ids in URLs and forms', () => {
  let s: SupplySide;
  let draftA: number;
  let submittedA: number;
  let draftB: number;
  beforeAll(async () => {
    s = await createSupplySide();
    draftA = await openDraft(s.as.supplierA, 'service', 'acme-cloud');
    submittedA = await submittedDraft(s.as.supplierA, 'acme-files');
    draftB = await openDraft(s.as.supplierB, 'service', 'decoy-cloud');
  });
  afterAll(() => s.close());

  it('answers 404 for every malformed, unknown or foreign draft id, on every draft and review route', async () => {
    const wrong: string[] = [];
    const check = async (who: 'supplierA' | 'curator', method: 'GET' | 'POST', path: string) => {
      const session = s.as[who];
      const res =
        method === 'GET'
          ? await session.agent.get(path)
          : await post(session, path, { comment: 'x', revision: '1' });
      if (res.status !== 404) wrong.push(`${who} ${method} ${path}: ${res.status}`);
    };
    for (const id of [...HOSTILE_IDS, String(draftB)]) {
      for (const path of [`/drafts/${id}`, `/drafts/${id}/contract`]) await check('supplierA', 'GET', path);
      for (const action of ['submit', 'refresh', 'comments', 'contract', 'general'])
        await check('supplierA', 'POST', `/drafts/${id}/${action}`);
    }
    for (const id of HOSTILE_IDS) {
      await check('curator', 'GET', `/curator/submissions/${id}`);
      for (const action of ['decisions', 'return', 'approve'])
        await check('curator', 'POST', `/curator/submissions/${id}/${action}`);
    }
    // A section that is no section (also names an object's own properties could resolve to).
    for (const section of ['nope', '__proto__', 'constructor', 'toString', '..', 'contract%2F..'])
      await check('supplierA', 'GET', `/drafts/${draftA}/${section}`);
    expect(wrong).toEqual([]);
  });

  it('answers 404 for a malformed or unknown user id on every administrator action', async () => {
    const wrong: string[] = [];
    for (const id of HOSTILE_IDS.filter((i) => i !== '1e3' && i !== '0x10')) {
      for (const action of ['role', 'deactivate', 'activate', 'reset']) {
        const res = await post(s.as.admin, `/admin/users/${id}/${action}`, { role: 'curator' });
        if (res.status !== 404) wrong.push(`${id} ${action}: ${res.status}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('never reads a user id written another way as a real user (1e3, 0x10, +5, leading zeros)', async () => {
    const target = await createUser(s.t, { role: 'curator' });
    const wrong: string[] = [];
    for (const id of [`0${target.id}`, `+${target.id}`, `${target.id}.0`, `0x${target.id.toString(16)}`]) {
      const res = await post(s.as.admin, `/admin/users/${encodeURIComponent(id)}/deactivate`);
      if (res.status !== 404) wrong.push(`${id}: ${res.status}`);
    }
    expect(wrong).toEqual([]);
    expect((await s.t.db.knex('users').where({ id: target.id }).first())?.deactivated_at).toBeNull();
  });

  it('refuses a tampered or missing revision with a 400 naming the field, never a 500', async () => {
    for (const revision of ['', 'abc', '1e3', '-1', '1.5', '99999999999999999999', 'NaN', 'Infinity']) {
      const res = await post(s.as.supplierA, `/drafts/${draftA}/contract`, {
        revision,
        'contract.noticePeriodDays.value': '30',
      });
      expect([revision, res.status]).toEqual([revision, 400]);
      expect(cheerio.load(res.text)('[data-test=problem]').attr('data-parameter')).toBe('revision');
    }
    // A stale but well-formed revision is the "changed meanwhile" refusal, as before.
    const stale = await post(s.as.supplierA, `/drafts/${draftA}/contract`, { revision: '0' });
    expect(stale.status).toBe(409);
    const row = await s.t.db.knex('drafts').where({ id: draftA }).first();
    expect(JSON.stringify(row?.record)).not.toContain('noticePeriodDays');
  });

  it('keeps a record with its provider and id whatever hidden fields a supplier adds', async () => {
    const revision = await revisionOf(s.as.supplierA, draftA, 'general');
    await post(s.as.supplierA, `/drafts/${draftA}/general`, {
      revision,
      name: 'Acme Cloud',
      'summary.nl': 'Samenvatting',
      serviceModel: 'iaas',
      categories: 'test-category',
      id: 'decoy-cloud',
      providerId: 'decoy',
      'record.providerId': 'decoy',
      __proto__: 'x',
    }).expect(303);
    const row = await s.t.db.knex('drafts').where({ id: draftA }).first();
    expect(row).toMatchObject({ provider_id: 'acme', subject_id: 'acme-cloud' });
    expect(row?.record).toMatchObject({ id: 'acme-cloud', providerId: 'acme' });
  });

  it('never lets a supplier begin a draft for another provider by posting its ids', async () => {
    const a = s.as.supplierA;
    for (const body of [
      { kind: 'service', id: 'decoy-cloud' },
      { kind: 'provider', id: 'decoy' },
      { kind: 'service', id: 'decoy' }, // a provider id where a service id is expected
      { kind: 'provider', id: 'acme-cloud' }, // and the other way round
      { kind: 'user', id: 'acme' },
      { kind: 'service', id: '../decoy-cloud' },
      { kind: 'service', id: 'x'.repeat(5000) },
    ])
      await post(a, '/drafts', body).expect(404);
    // A new service always belongs to the supplier's own provider, whatever provider the form names.
    const made = await post(a, '/drafts/new-service', {
      providerId: 'decoy',
      id: 'acme-sneaky',
      name: 'Sneaky',
      serviceModel: 'saas',
      category: 'test-category',
      summary: 'Een dienst',
    }).expect(303);
    const id = Number(String(made.headers.location).split('/').pop());
    const row = await s.t.db.knex('drafts').where({ id }).first();
    expect(row).toMatchObject({ provider_id: 'acme' });
    expect(row?.record).toMatchObject({ providerId: 'acme' });
    await s.as.supplierB.agent.get(`/drafts/${id}`).expect(404);
    const decoyDrafts = await s.t.db.knex('drafts').where({ provider_id: 'decoy' }).select('id');
    expect(decoyDrafts.map((d) => d.id)).toEqual([draftB]);
  });

  it('keeps a decision on an item of the submission and a comment’s way back on this site', async () => {
    const c = s.as.curator;
    for (const item of ['__proto__', 'constructor', 'name', 'contract', '../contract.slaAvailabilityPct', ''])
      await post(c, `/curator/submissions/${submittedA}/decisions`, { item, decision: 'checked' }).expect(
        404,
      );
    const back = await post(s.as.supplierA, `/drafts/${draftA}/comments`, {
      comment: 'Hallo',
      returnTo: 'https://evil.example/',
    }).expect(303);
    expect(back.headers.location).toBe(`/drafts/${draftA}`);
    const decision = await post(c, `/curator/submissions/${submittedA}/decisions`, {
      item: 'contract.slaAvailabilityPct"><script>',
      decision: 'checked',
    });
    expect(decision.status).toBe(404);
  });
});
