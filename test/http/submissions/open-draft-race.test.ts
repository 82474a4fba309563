import { createSupplySide, post, type SupplySide } from '../../support/supply-side';

/**
 * Two people who begin a draft of the same published record at the same moment get the same open
 * draft (one row, the database's one-open-draft-per-record index decides), never a 500.
 */
describe('beginning a draft of one record twice at the same moment', () => {
  let s: SupplySide;
  beforeAll(async () => {
    s = await createSupplySide();
  });
  afterAll(() => s.close());

  it.each([
    ['service', 'acme-files'],
    ['service', 'acme-mail'],
    ['provider', 'acme'],
  ])('answers both with the one open draft of the %s %s', async (kind, id) => {
    const results = await Promise.all([
      post(s.as.supplierA, '/drafts', { kind, id }),
      post(s.as.curator, '/drafts', { kind, id }),
      post(s.as.supplierA, '/drafts', { kind, id }),
    ]);
    expect(results.map((r) => r.status)).toEqual([303, 303, 303]);
    expect(new Set(results.map((r) => r.headers.location)).size).toBe(1);
    expect(await s.t.db.knex('drafts').where({ subject_kind: kind, subject_id: id })).toHaveLength(1);
  });
});
