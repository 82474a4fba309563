import * as cheerio from 'cheerio';
import { importCatalogue } from '../../../src/services/catalogue/import-catalogue';
import { createUser, signIn } from '../../support/auth';
import {
  SLA_FORM,
  createSupplySide,
  openDraft,
  post,
  refusalOf,
  saveSection,
  submittedDraft,
  type Session,
  type SupplySide,
} from '../../support/supply-side';

/**
 * What a curator may not do (issue 15): approve or check their own submission, change a supplier's
 * content, approve a draft whose published record changed underneath, or publish twice.
 */
describe('curator boundaries', () => {
  let s: SupplySide;
  let other: Session;
  beforeAll(async () => {
    s = await createSupplySide();
    other = await signIn(s.t.app, s.users.curator2);
  });
  afterAll(() => s.close());

  const published = (id: string) => s.t.store.current().serviceById.get(id)?.service;
  const approve = (session: Session, id: number) => post(session, `/curator/submissions/${id}/approve`);
  const check = (session: Session, id: number) =>
    post(session, `/curator/submissions/${id}/decisions`, {
      item: 'contract.slaAvailabilityPct',
      decision: 'checked',
    });

  it('refuses a curator’s own correction to its author — approval and checking — and lets another curator publish it', async () => {
    const author = s.as.curator;
    const id = await submittedDraft(author, 'decoy-cloud');
    const checked = await check(author, id);
    expect(checked.status).toBe(409);
    expect(refusalOf(checked.text)).toContain('een andere beoordelaar moet de feiten controleren');
    expect(await s.t.db.knex('draft_reviews').where({ draft_id: id })).toEqual([]);
    const self = await approve(author, id);
    expect(self.status).toBe(409);
    expect(refusalOf(self.text)).toContain('een andere beoordelaar moet haar goedkeuren');
    expect(published('decoy-cloud')?.contract).toBeUndefined();
    // The review page tells the author why.
    const page = cheerio.load((await author.agent.get(`/curator/submissions/${id}`).expect(200)).text);
    expect(page('[data-test=blocker]').text()).toContain('een andere curator beoordeelt haar');

    await check(other, id).expect(303);
    await approve(other, id).expect(303);
    expect(published('decoy-cloud')?.contract?.slaAvailabilityPct?.value).toBe(99.9);
  });

  it('counts whoever wrote a revision as an author (a supplier made curator later); a comment does not', async () => {
    const colleague = await createUser(s.t, { role: 'supplier', providerId: 'acme' });
    const co = await signIn(s.t.app, colleague);
    const id = await openDraft(s.as.supplierA, 'service', 'acme-mail');
    await saveSection(co, id, 'contract', SLA_FORM);
    await post(s.as.supplierA, `/drafts/${id}/submit`).expect(303);
    await post(s.as.admin, `/admin/users/${colleague.id}/role`, { role: 'curator' }).expect(303);
    // The same session, now a curator's.
    await co.agent.get(`/curator/submissions/${id}`).expect(200);
    const checked = await check(co, id);
    expect(checked.status).toBe(409);
    expect(refusalOf(checked.text)).toContain('een andere beoordelaar moet de feiten controleren');
    await check(other, id).expect(303);
    const approved = await approve(co, id);
    expect(approved.status).toBe(409);
    expect(refusalOf(approved.text)).toContain('een andere beoordelaar moet haar goedkeuren');
    expect(published('acme-mail')?.contract).toBeUndefined();
    // A curator who only commented is no author.
    await post(s.as.curator, `/drafts/${id}/comments`, {
      comment: 'Bron gecontroleerd.',
      returnTo: 'review',
    }).expect(303);
    await approve(s.as.curator, id).expect(303);
    expect(published('acme-mail')?.contract?.slaAvailabilityPct?.value).toBe(99.9);
  });

  it('never lets a curator change a supplier’s draft: the form, a save and a merge are refused', async () => {
    const supplier = s.as.supplierA;
    const id = await openDraft(supplier, 'service', 'acme-cloud');
    await saveSection(supplier, id, 'contract', SLA_FORM);
    const before = await s.t.db.knex('drafts').where({ id }).first();
    for (const curator of [s.as.curator, s.as.admin]) {
      // Opening the record gives the supplier's open draft, not a copy to edit silently.
      expect(await openDraft(curator, 'service', 'acme-cloud')).toBe(id);
      const form = await curator.agent.get(`/drafts/${id}/contract`).expect(303);
      expect(form.headers.location).toBe(`/drafts/${id}`);
      const revision = String(before?.revision);
      const saved = await post(curator, `/drafts/${id}/contract`, {
        revision,
        'contract.slaAvailabilityPct.value': '50',
      });
      expect(saved.status).toBe(409);
      expect(refusalOf(saved.text)).toContain('kan nu niet worden gewijzigd');
      await post(curator, `/drafts/${id}/refresh`).expect(409);
      await post(curator, `/drafts/${id}/submit`).expect(409);
    }
    const after = await s.t.db.knex('drafts').where({ id }).first();
    expect(after?.record).toEqual(before?.record);
    expect(after?.revision).toBe(before?.revision);
    expect(after?.status).toBe('draft');
  });

  it('refuses to approve a draft whose published record changed underneath, until the supplier has looked', async () => {
    const supplier = s.as.supplierA;
    const id = await submittedDraft(supplier, 'acme-files');
    await check(s.as.curator, id).expect(303);
    // An import renames the service meanwhile.
    const document = structuredClone(s.t.store.current().document);
    const files = document.services.find((x) => x.id === 'acme-files');
    if (!files) throw new Error('acme-files missing');
    files.name = 'Acme Files (renamed by an import)';
    expect((await importCatalogue(s.t.db, document)).ok).toBe(true);
    await s.t.store.reload();

    const stale = await approve(s.as.curator, id);
    expect(stale.status).toBe(409);
    expect(refusalOf(stale.text)).toContain('De leverancier moet eerst de wijzigingen bekijken');
    expect(published('acme-files')?.contract).toBeUndefined();
    expect((await s.t.db.knex('drafts').where({ id }).first())?.status).toBe('submitted');

    // The supplier looks (the draft is merged onto the record as published now); then it can go.
    await post(supplier, `/drafts/${id}/refresh`).expect(303);
    await approve(s.as.curator, id).expect(303);
    expect(published('acme-files')).toMatchObject({ name: 'Acme Files (renamed by an import)' });
    expect(published('acme-files')?.contract?.slaAvailabilityPct?.value).toBe(99.9);
  });

  it('publishes once when two curators approve at the same moment; the other is told', async () => {
    const id = await submittedDraft(s.as.supplierA, 'acme-backup');
    await check(other, id).expect(303);
    const generations = await s.t.db.knex('catalogue_changes').where({ cause: 'approval' }).count({ n: '*' });
    const results = await Promise.all([approve(s.as.curator, id), approve(other, id)]);
    expect(results.map((r) => r.status).sort()).toEqual([303, 409]);
    const loser = results.find((r) => r.status === 409);
    expect(refusalOf(loser?.text ?? '')).toMatch(/al goedgekeurd|intussen/);
    const published = await s.t.db
      .knex('audit_trail')
      .where({ action: 'catalogue.published' })
      .whereRaw(`(detail ->> 'draftId') = ?`, [String(id)]);
    expect(published).toHaveLength(1);
    const now = await s.t.db.knex('catalogue_changes').where({ cause: 'approval' }).count({ n: '*' });
    expect(Number(now[0]?.n)).toBe(Number(generations[0]?.n) + 1);
  });
});
