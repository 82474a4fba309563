import * as cheerio from 'cheerio';
import { importCatalogue } from '../../../src/services/catalogue/import-catalogue';
import { createUser, signIn } from '../../support/auth';
import {
  SLA_FORM,
  createSupplySide,
  openDraft,
  post,
  saveSection,
  submittedDraft,
  type Session,
  type SupplySide,
} from '../../support/supply-side';

/**
 * A page offers no button whose action the server refuses: it says instead why the action is not
 * open (issue 15's security review). The refusals themselves are tested in curator-boundaries.
 */
describe('actions a page does not offer, and why', () => {
  let s: SupplySide;
  let other: Session;
  beforeAll(async () => {
    s = await createSupplySide();
    other = await signIn(s.t.app, s.users.curator2);
  });
  afterAll(() => s.close());

  const AUTHORED = 'U heeft deze inzending (mede) geschreven; een andere curator beoordeelt haar.';
  const page = async (session: Session, path: string) =>
    cheerio.load((await session.agent.get(path).expect(200)).text);
  const buttons = ($: cheerio.CheerioAPI) => ({
    check: $('[data-test=check]').length,
    reject: $('[data-test=reject]').length,
    approve: $('[data-test=approve]').length,
  });
  const NONE = { check: 0, reject: 0, approve: 0 };

  it('shows a curator’s own correction to its author without check, reject or approve, saying why', async () => {
    const id = await submittedDraft(s.as.curator, 'decoy-cloud');
    const own = await page(s.as.curator, `/curator/submissions/${id}`);
    expect(buttons(own)).toEqual(NONE);
    expect(own('[data-test=authored]').text().trim()).toBe(AUTHORED);
    // Another curator may decide: the item buttons, and approval once every item is checked.
    const theirs = await page(other, `/curator/submissions/${id}`);
    expect(buttons(theirs)).toEqual({ check: 1, reject: 1, approve: 0 });
    expect(theirs('[data-test=authored]')).toHaveLength(0);
    expect(theirs('[data-test=blocker]').text()).toContain('moeten nog worden gecontroleerd');
    await post(other, `/curator/submissions/${id}/decisions`, {
      item: 'contract.slaAvailabilityPct',
      decision: 'checked',
    }).expect(303);
    expect(buttons(await page(other, `/curator/submissions/${id}`)).approve).toBe(1);
    expect(buttons(await page(s.as.curator, `/curator/submissions/${id}`))).toEqual(NONE);
  });

  it('offers no decision to a co-author either (a supplier who wrote a revision, made curator since)', async () => {
    const colleague = await createUser(s.t, { role: 'supplier', providerId: 'acme' });
    const co = await signIn(s.t.app, colleague);
    const id = await openDraft(s.as.supplierA, 'service', 'acme-mail');
    await saveSection(co, id, 'contract', SLA_FORM);
    await post(s.as.supplierA, `/drafts/${id}/submit`).expect(303);
    await post(s.as.admin, `/admin/users/${colleague.id}/role`, { role: 'curator' }).expect(303);
    const $ = await page(co, `/curator/submissions/${id}`);
    expect(buttons($)).toEqual(NONE);
    expect($('[data-test=authored]').text().trim()).toBe(AUTHORED);
    // The curator who did not write it still has the buttons.
    expect(buttons(await page(s.as.curator, `/curator/submissions/${id}`)).check).toBe(1);
  });

  it('offers no approval of a draft that is out of date, saying the supplier must look first', async () => {
    const id = await submittedDraft(s.as.supplierA, 'acme-files');
    await post(s.as.curator, `/curator/submissions/${id}/decisions`, {
      item: 'contract.slaAvailabilityPct',
      decision: 'checked',
    }).expect(303);
    expect(buttons(await page(other, `/curator/submissions/${id}`)).approve).toBe(1);
    const document = structuredClone(s.t.store.current().document);
    const files = document.services.find((x) => x.id === 'acme-files');
    if (!files) throw new Error('acme-files missing');
    files.name = 'Acme Files (renamed meanwhile)';
    expect((await importCatalogue(s.t.db, document)).ok).toBe(true);
    await s.t.store.reload();
    const $ = await page(other, `/curator/submissions/${id}`);
    expect($('[data-test=approve]')).toHaveLength(0);
    expect($('[data-test=blocker]').text()).toContain('Goedkeuren kan nog niet.');
    expect($('[data-test=blocker]').text()).toContain('De leverancier moet eerst de wijzigingen bekijken');
  });

  it('offers the supplier no submit button while submitting would be refused, saying why', async () => {
    const supplier = s.as.supplierA;
    const id = await openDraft(supplier, 'service', 'acme-backup');
    let $ = await page(supplier, `/drafts/${id}`);
    expect($('[data-test=submit]')).toHaveLength(0);
    expect($('[data-test=submit-blocked]').text()).toContain('als het concept iets wijzigt');
    await saveSection(supplier, id, 'contract', SLA_FORM);
    $ = await page(supplier, `/drafts/${id}`);
    expect($('[data-test=submit]')).toHaveLength(1);
    expect($('[data-test=submit-blocked]')).toHaveLength(0);
    // The published record changes underneath: first look, then submit.
    const document = structuredClone(s.t.store.current().document);
    const backup = document.services.find((x) => x.id === 'acme-backup');
    if (!backup) throw new Error('acme-backup missing');
    backup.name = 'Acme Backup (renamed meanwhile)';
    expect((await importCatalogue(s.t.db, document)).ok).toBe(true);
    await s.t.store.reload();
    $ = await page(supplier, `/drafts/${id}`);
    expect($('[data-test=submit]')).toHaveLength(0);
    expect($('[data-test=submit-blocked]').text()).toContain('uw concept hebt bijgewerkt');
    expect($('[data-test=refresh]')).toHaveLength(1);
    await post(supplier, `/drafts/${id}/refresh`).expect(303);
    expect((await page(supplier, `/drafts/${id}`))('[data-test=submit]')).toHaveLength(1);
  });

  it('offers a supplier no comment form on a curator’s correction of its record, which it may only read', async () => {
    const id = await openDraft(s.as.curator, 'service', 'acme-cloud');
    const $ = await page(s.as.supplierA, `/drafts/${id}`);
    expect($('form[action$="/comments"]')).toHaveLength(0);
    expect($('[data-test=comments-closed]').text()).toContain('Alleen het marktplaatsteam');
    await post(s.as.supplierA, `/drafts/${id}/comments`, { comment: 'Hallo' }).expect(404);
    expect($('form[action$="/comments"]', (await page(s.as.curator, `/drafts/${id}`)).root())).toHaveLength(
      1,
    );
  });
});
