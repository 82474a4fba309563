import * as cheerio from 'cheerio';
import { insertDraft } from '../../../src/repositories/submissions/draft.repository';
import {
  SLA_FORM,
  createSupplySide,
  openDraft,
  post,
  revisionOf,
  submittedDraft,
  type Session,
  type SupplySide,
} from '../../support/supply-side';

/**
 * Limits of the submission flow beyond the form's byte limit (src/domain/submissions/limits.ts), each
 * a 400 naming the field; and a taken service id answered the same whoever holds it.
 */
describe('submission limits', () => {
  let s: SupplySide;
  beforeAll(async () => {
    s = await createSupplySide();
  });
  afterAll(() => s.close());

  const NEW_SERVICE = {
    name: 'Nieuw',
    serviceModel: 'saas',
    category: 'test-category',
    summary: 'Een dienst',
  };
  const newService = (session: Session, id: string) =>
    post(session, '/drafts/new-service', { ...NEW_SERVICE, id });
  const fieldError = (html: string, name: string) =>
    cheerio.load(html)(`[data-name="${name}"] [data-test=field-error]`).text().trim();

  it('answers a service id held by another provider’s draft as one held by a published service, naming no one', async () => {
    await newService(s.as.supplierB, 'decoy-secret').expect(303);
    const byDraft = await newService(s.as.supplierA, 'decoy-secret');
    const byService = await newService(s.as.supplierA, 'decoy-cloud');
    for (const res of [byDraft, byService]) {
      expect(res.status).toBe(400);
      expect(fieldError(res.text, 'id')).toContain(
        'Deze id is al in gebruik of gereserveerd; kies een andere.',
      );
      // Neither the holder's name nor that a draft holds it (the page itself speaks of drafts in general).
      expect(res.text).not.toContain('Decoy');
      expect(fieldError(res.text, 'id')).not.toMatch(/concept/i);
      expect(res.text).not.toContain(s.users.supplierB.email);
    }
    // Apart from the id typed, the two answers are the same page.
    expect(byDraft.text.replaceAll('decoy-secret', 'ID')).toBe(
      byService.text.replaceAll('decoy-cloud', 'ID'),
    );
    // Opening the record of the draft's id is the answer for an id nobody holds.
    await post(s.as.supplierA, '/drafts', { kind: 'service', id: 'decoy-secret' }).expect(404);
    await post(s.as.supplierA, '/drafts', { kind: 'service', id: 'nobody-holds-this' }).expect(404);
    await s.as.supplierA.agent.get('/services/decoy-secret').expect(404);
  });

  it('answers two suppliers proposing one new id at the same moment with one draft and one “taken”', async () => {
    for (let round = 0; round < 5; round++) {
      const id = `same-moment-${round}`;
      const results = await Promise.all([newService(s.as.supplierA, id), newService(s.as.supplierB, id)]);
      expect(results.map((r) => r.status).sort()).toEqual([303, 400]);
      expect(await s.t.db.knex('drafts').where({ subject_id: id })).toHaveLength(1);
    }
  });

  it('limits a comment, a return message and a rejection reason to 5,000 characters', async () => {
    const id = await submittedDraft(s.as.supplierA, 'acme-cloud');
    const long = 'x'.repeat(5001);
    // Each refused text is shown again on its page, next to its field (refused-text.test.ts).
    const comment = await post(s.as.supplierA, `/drafts/${id}/comments`, { comment: long });
    expect(comment.status).toBe(400);
    expect(fieldError(comment.text, 'comment')).toContain(
      'Gebruik hoogstens 5000 tekens (het zijn er nu 5001)',
    );
    const message = await post(s.as.curator, `/curator/submissions/${id}/return`, { message: long });
    expect([message.status, fieldError(message.text, 'message')]).toEqual([
      400,
      expect.stringContaining('hoogstens 5000 tekens'),
    ]);
    const reason = await post(s.as.curator, `/curator/submissions/${id}/decisions`, {
      item: 'contract.slaAvailabilityPct',
      decision: 'rejected',
      reason: long,
    });
    expect([reason.status, fieldError(reason.text, 'reason')]).toEqual([
      400,
      expect.stringContaining('hoogstens 5000 tekens'),
    ]);
    expect(await s.t.db.knex('draft_comments').where({ draft_id: id })).toEqual([]);
    expect(await s.t.db.knex('draft_reviews').where({ draft_id: id })).toEqual([]);
    expect((await s.t.db.knex('drafts').where({ id }).first())?.status).toBe('submitted');
    // Characters as a person counts them: 5,000 emoji (10,000 UTF-16 units) are within the limit.
    await post(s.as.supplierA, `/drafts/${id}/comments`, { comment: '🙂'.repeat(5000) }).expect(303);
  });

  it('limits the comments on one draft to 500', async () => {
    const id = await openDraft(s.as.supplierA, 'service', 'acme-mail');
    const row = { author_id: '0', author_email: 'x@example.org', author_role: 'supplier', returned: false };
    const comments = Array.from({ length: 499 }, (_, i) => ({
      ...row,
      draft_id: id,
      body: `opmerking ${i}`,
      created_at: new Date(),
    }));
    await s.t.db.knex.batchInsert('draft_comments', comments, 100);
    await post(s.as.supplierA, `/drafts/${id}/comments`, { comment: 'de vijfhonderdste' }).expect(303);
    const more = await post(s.as.supplierA, `/drafts/${id}/comments`, { comment: 'nog een' });
    expect(more.status).toBe(400);
    expect(fieldError(more.text, 'comment')).toContain('al 500 opmerkingen');
    expect(cheerio.load(more.text)('#comment').text()).toBe('nog een');
  });

  it('limits the open drafts of new services to 50 per provider; another provider is not held back', async () => {
    const { supplierA } = s.users;
    const open = await s.t.db
      .knex('drafts')
      .where({ provider_id: 'acme', base_record: 'null' })
      .count({ n: '*' });
    for (let i = Number(open[0]?.n); i < 50; i++) {
      await insertDraft(s.t.db.knex, {
        providerId: 'acme',
        kind: 'service',
        subjectId: `acme-new-${i}`,
        baseRecord: null,
        record: { id: `acme-new-${i}`, providerId: 'acme', name: `Nieuw ${i}` },
        authorId: String(supplierA.id),
        authorEmail: supplierA.email,
        authorRole: 'supplier',
      });
    }
    const refused = await newService(s.as.supplierA, 'acme-one-too-many');
    expect(refused.status).toBe(400);
    expect(fieldError(refused.text, 'id')).toContain('al 50 nieuwe diensten');
    expect(await s.t.db.knex('drafts').where({ subject_id: 'acme-one-too-many' })).toEqual([]);
    // An approved one no longer counts.
    await s.t.db.knex('drafts').where({ subject_id: 'acme-new-49' }).update({ status: 'approved' });
    await newService(s.as.supplierA, 'acme-one-too-many').expect(303);
    await newService(s.as.supplierB, 'decoy-still-free').expect(303);
  });

  it('limits the sources of a fact to 20 and the evidence entries of a record to 50', async () => {
    const supplier = s.as.supplierA;
    const id = await openDraft(supplier, 'service', 'acme-files');
    const sources = (n: number) =>
      Object.fromEntries(
        Array.from({ length: n }, (_, i) => [
          `contract.slaAvailabilityPct.sources.${i}.url`,
          `https://acme.example/sla/${i}`,
        ]),
      );
    const save = async (section: string, fields: Record<string, string>) =>
      post(supplier, `/drafts/${id}/${section}`, {
        revision: await revisionOf(supplier, id, section),
        ...fields,
      });
    const tooMany = await save('contract', { ...SLA_FORM, ...sources(21) });
    expect(tooMany.status).toBe(400);
    expect(fieldError(tooMany.text, 'contract.slaAvailabilityPct.sources.20.url')).toContain(
      'Hoogstens 20 bronnen per gegeven',
    );
    await save('contract', { ...SLA_FORM, ...sources(20) }).then((r) => expect(r.status).toBe(303));

    const evidence = (n: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`evidence.${i}.scheme`, 'ISO27001']));
    const tooMuch = await save('evidence', evidence(51));
    expect(tooMuch.status).toBe(400);
    expect(fieldError(tooMuch.text, 'evidence.50.scheme')).toContain('Hoogstens 50 certificaten');
    await save('evidence', evidence(50)).then((r) => expect(r.status).toBe(303));
    const record = (await s.t.db.knex('drafts').where({ id }).first())?.record;
    expect(record.evidence).toHaveLength(50);
    expect(record.contract.slaAvailabilityPct.sources).toHaveLength(20);
  });
});
