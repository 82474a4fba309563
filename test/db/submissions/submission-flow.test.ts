import type { Database } from '../../../src/db/database';
import { readCatalogue, readCatalogueOrigin } from '../../../src/repositories/catalogue.repository';
import { listChangeItems } from '../../../src/repositories/history.repository';
import { importCatalogue } from '../../../src/services/catalogue/import-catalogue';
import { findSection } from '../../../src/domain/submissions/record-form';
import {
  loadDraft,
  openDraft,
  refreshDraft,
  saveSection,
  submitDraft,
} from '../../../src/services/submissions/draft-service';
import {
  approveSubmission,
  decideItem,
  returnSubmission,
} from '../../../src/services/submissions/review-service';
import { SubmissionRefusedError } from '../../../src/services/submissions/submission.types';
import { NotFoundError } from '../../../src/errors';
import { makeDocument, makeFact, makeProvider, makeService } from '../../support/catalogue-factory';
import { createTestDatabase } from '../../support/db/test-database';
import { TODAY, curator, submissionDeps, supplierOf } from './submission-support';

const document = () =>
  makeDocument({
    providers: [makeProvider({ id: 'acme', name: 'Acme' }), makeProvider({ id: 'decoy', name: 'Decoy' })],
    services: [
      makeService({
        id: 'acme-cloud',
        providerId: 'acme',
        exit: { exportFormats: makeFact(['CSV']) },
      }),
      makeService({ id: 'decoy-cloud', providerId: 'decoy' }),
    ],
  });

const contractForm = {
  'contract.slaAvailabilityPct.value': '99,95',
  'contract.slaAvailabilityPct.sources.0.url': 'https://acme.example/sla',
  'contract.slaAvailabilityPct.sources.0.kind': 'primary',
  'contract.slaAvailabilityPct.sources.0.title': 'Acme SLA',
  'contract.slaAvailabilityPct.sources.1.url': '',
};
const exitForm = {
  'exit.exportFormats.value': 'CSV',
  'exit.exportFormats.sources.0.url': 'https://example.org/source',
  'exit.exportFormats.sources.0.kind': 'primary',
  'exit.exportFormats.sources.0.retrievedOn': '2026-11-28',
  'exit.dataActSwitching.value': 'true',
  'exit.dataActSwitching.sources.0.url': 'https://acme.example/switching',
  'exit.dataActSwitching.sources.0.note': 'Chapter VI terms',
};

describe('submission flow (services over the database)', () => {
  let db: Database;
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(() => db.close());

  async function submittedDraft() {
    const deps = await submissionDeps(db, document());
    const supplier = supplierOf('acme');
    const draft = await openDraft(deps, supplier, 'service', 'acme-cloud');
    let saved = await saveSection(
      deps,
      supplier,
      draft.id,
      findSection('service', 'contract')!,
      contractForm,
      draft.revision,
    );
    expect(saved.errors).toEqual([]);
    saved = await saveSection(
      deps,
      supplier,
      draft.id,
      findSection('service', 'exit')!,
      exitForm,
      saved.state.row.revision,
    );
    expect(saved.errors).toEqual([]);
    await submitDraft(deps, supplier, draft.id);
    return { deps, supplier, id: draft.id };
  }

  it('publishes a checked submission with checkedOn on its sources and a new generation', async () => {
    const { deps, id } = await submittedDraft();
    const state = await loadDraft(deps, curator(1), id);
    expect(state.reviewable.map((c) => c.key).sort()).toEqual([
      'contract.slaAvailabilityPct',
      'exit.dataActSwitching',
    ]);
    const effect = state.reviewable.length;
    expect(effect).toBe(2);
    const before = deps.store.current().version;
    await expect(approveSubmission(deps, curator(1), id)).rejects.toMatchObject({ code: 'uncheckedItems' });
    for (const change of state.reviewable) await decideItem(deps, curator(1), id, change.key, 'checked', '');
    await approveSubmission(deps, curator(1), id);

    const stored = await readCatalogue(db.knex);
    const service = stored.services.find((s) => s.id === 'acme-cloud')!;
    expect(service.contract?.slaAvailabilityPct).toEqual({
      value: 99.95,
      sources: [{ url: 'https://acme.example/sla', kind: 'primary', title: 'Acme SLA', checkedOn: TODAY }],
    });
    expect(service.exit?.dataActSwitching?.sources?.[0]?.checkedOn).toBe(TODAY);
    // The unchanged fact keeps its sources as they were: nobody checked them.
    expect(service.exit?.exportFormats?.sources?.[0]?.checkedOn).toBeUndefined();
    expect(stored.services.find((s) => s.id === 'decoy-cloud')?.contract).toBeUndefined();
    expect(deps.store.current().version).not.toBe(before);
    expect(
      deps.store.current().serviceById.get('acme-cloud')?.service.contract?.slaAvailabilityPct?.value,
    ).toBe(99.95);
    // Start-up must never replace this catalogue with a newer reference: the approval would be lost.
    expect((await readCatalogueOrigin(db.knex))?.modifiedAt).toBeInstanceOf(Date);
    expect(deps.audited.map((a) => a.action)).toEqual([
      'draft.saved',
      'draft.saved',
      'draft.submitted',
      'submission.fact-checked',
      'submission.fact-checked',
      'submission.approved',
      'catalogue.published',
    ]);
    // The history (/changes) shows the approval as it shows an import: the curator as actor,
    // the generation published, the changed service with the facts that changed.
    const { items } = await listChangeItems(db.knex, { limit: 10, offset: 0 });
    const approval = items.filter((item) => item.cause === 'approval');
    expect(approval.map((item) => [item.subjectKind, item.subjectId, item.actor])).toEqual([
      ['service', 'acme-cloud', 'curator-1@example.org'],
    ]);
    expect(approval[0]!.assessedOn).toBe(TODAY);
    expect(JSON.stringify(approval[0]!.detail)).toContain('slaAvailabilityPct');
    const { count } = (await db
      .knex('catalogue_changes')
      .where({ cause: 'approval' })
      .count({ count: '*' })
      .first())!;
    expect(Number(count)).toBe(1);
  });

  it('lets exactly one of two curators approving at once win; the other is told it is approved', async () => {
    const { deps, id } = await submittedDraft();
    const state = await loadDraft(deps, curator(1), id);
    for (const change of state.reviewable) await decideItem(deps, curator(1), id, change.key, 'checked', '');
    const outcomes = await Promise.allSettled([
      approveSubmission(deps, curator(1), id),
      approveSubmission(deps, curator(2), id),
    ]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(SubmissionRefusedError);
    expect(lost[0]!.reason).toMatchObject({ code: 'alreadyApproved' });
    expect(deps.audited.filter((a) => a.action === 'catalogue.published')).toHaveLength(1);
    const approvals = await db.knex('catalogue_changes').where({ cause: 'approval' }).select('actor');
    expect(approvals).toHaveLength(1);
  });

  it('refuses self-approval: a curator correction needs another curator', async () => {
    const deps = await submissionDeps(db, document());
    const author = curator(5);
    const draft = await openDraft(deps, author, 'service', 'decoy-cloud');
    const saved = await saveSection(
      deps,
      author,
      draft.id,
      findSection('service', 'contract')!,
      contractForm,
      draft.revision,
    );
    expect(saved.errors).toEqual([]);
    await submitDraft(deps, author, draft.id);
    await decideItem(deps, curator(6), draft.id, 'contract.slaAvailabilityPct', 'checked', '');
    await expect(approveSubmission(deps, author, draft.id)).rejects.toMatchObject({ code: 'selfApproval' });
    await approveSubmission(deps, curator(6), draft.id);
  });

  it('hides another provider drafts and refuses curator actions to suppliers', async () => {
    const { deps, id } = await submittedDraft();
    const stranger = supplierOf('decoy', 99);
    await expect(loadDraft(deps, stranger, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(openDraft(deps, stranger, 'service', 'acme-cloud')).rejects.toBeInstanceOf(NotFoundError);
    await expect(openDraft(deps, stranger, 'provider', 'acme')).rejects.toBeInstanceOf(NotFoundError);
    await expect(approveSubmission(deps, supplierOf('acme'), id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      decideItem(deps, supplierOf('acme'), id, 'contract.slaAvailabilityPct', 'checked', ''),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses approval with a rejected fact; a return lets the supplier edit and resubmit', async () => {
    const { deps, supplier, id } = await submittedDraft();
    await expect(
      decideItem(deps, curator(1), id, 'contract.slaAvailabilityPct', 'rejected', ' '),
    ).rejects.toMatchObject({ code: 'reasonRequired' });
    await decideItem(
      deps,
      curator(1),
      id,
      'contract.slaAvailabilityPct',
      'rejected',
      'The SLA page says 99.9',
    );
    await decideItem(deps, curator(1), id, 'exit.dataActSwitching', 'checked', '');
    await expect(approveSubmission(deps, curator(1), id)).rejects.toMatchObject({ code: 'rejectedItems' });
    await returnSubmission(deps, curator(1), id, 'Please correct the SLA figure');
    const state = await loadDraft(deps, supplier, id);
    const fixed = { ...contractForm, 'contract.slaAvailabilityPct.value': '99.9' };
    await saveSection(deps, supplier, id, findSection('service', 'contract')!, fixed, state.row.revision);
    await submitDraft(deps, supplier, id);
    const again = await loadDraft(deps, curator(1), id);
    // The changed fact's rejection no longer applies; the untouched fact stays checked.
    expect([...again.decisions.keys()]).toEqual(['exit.dataActSwitching']);
  });

  it('marks a draft out of date when an import changes the record, and merges it when the supplier looks', async () => {
    const deps = await submissionDeps(db, document());
    const supplier = supplierOf('acme');
    const draft = await openDraft(deps, supplier, 'service', 'acme-cloud');
    await saveSection(
      deps,
      supplier,
      draft.id,
      findSection('service', 'contract')!,
      contractForm,
      draft.revision,
    );
    const changed = document();
    changed.services[0]!.exit = { exportFormats: makeFact(['CSV', 'JSON']) };
    expect((await importCatalogue(db, changed)).ok).toBe(true);
    await deps.store.reload();

    const state = await loadDraft(deps, supplier, draft.id);
    expect(state.outOfDate).toBe(true);
    expect(state.underneath.map((c) => c.key)).toEqual(['exit.exportFormats']);
    await expect(submitDraft(deps, supplier, draft.id)).rejects.toMatchObject({ code: 'outOfDate' });
    await refreshDraft(deps, supplier, draft.id);
    const merged = await loadDraft(deps, supplier, draft.id);
    expect(merged.outOfDate).toBe(false);
    expect(merged.changes.map((c) => c.key)).toEqual(['contract.slaAvailabilityPct']);
    await submitDraft(deps, supplier, draft.id);
  });

  it('reports form and schema problems per field and saves nothing', async () => {
    const deps = await submissionDeps(db, document());
    const supplier = supplierOf('acme');
    const draft = await openDraft(deps, supplier, 'service', 'acme-cloud');
    const result = await saveSection(
      deps,
      supplier,
      draft.id,
      findSection('service', 'contract')!,
      {
        'contract.slaAvailabilityPct.value': '101',
        'contract.noticePeriodDays.value': 'thirty',
        'contract.dpaAvailable.sources.0.url': 'https://acme.example/dpa',
      },
      draft.revision,
    );
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ['contract.noticePeriodDays.value', 'notAWholeNumber'],
      ['contract.dpaAvailable.value', 'factValueRequired'],
    ]);
    const schema = await saveSection(
      deps,
      supplier,
      draft.id,
      findSection('service', 'contract')!,
      {
        'contract.slaAvailabilityPct.value': '101',
        // A web address by the form's check, but not a URI by the schema's.
        'contract.slaAvailabilityPct.sources.0.url': 'https://acme.example/<sla>',
      },
      draft.revision,
    );
    expect(schema.errors.map((e) => e.field).sort()).toEqual([
      'contract.slaAvailabilityPct.sources.0.url',
      'contract.slaAvailabilityPct.value',
    ]);
    expect((await loadDraft(deps, supplier, draft.id)).changes).toEqual([]);
  });
});
