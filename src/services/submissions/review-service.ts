import type { CatalogueDocument } from '../../domain/catalogue.types';
import { applyRecord } from '../../domain/submissions/apply-record';
import { markChecked } from '../../domain/submissions/mark-checked';
import type { ReviewOutcome } from '../../domain/submissions/draft.types';
import type { DraftRecord } from '../../domain/submissions/record.types';
import { notifyCatalogueChanged } from '../../db/catalogue-notifications';
import { NotFoundError } from '../../errors';
import {
  markCatalogueModified,
  readCatalogueOrigin,
  replaceCatalogue,
  type CatalogueOrigin,
} from '../../repositories/catalogue.repository';
import {
  findDraft,
  insertComment,
  listReviews,
  updateDraft,
  upsertReview,
  type DraftRow,
} from '../../repositories/submissions/draft.repository';
import { wroteDraft } from '../../repositories/accounts/audit.repository';
import { validateCatalogue } from '../catalogue/catalogue-loader';
import { publishedCatalogueForChange } from '../history/published-catalogue';
import { recordCatalogueChange } from '../history/record-catalogue-change';
import type { SubmissionDeps } from './draft-service';
import { loadDraft } from './draft-service';
import { canSeeDraft, changeHash, describeDraft, type DraftState } from './draft-view';
import { SubmissionRefusedError, isCurator, withinLength, type Actor } from './submission.types';

/** Only curators and administrators review; anyone else gets a 404, as for a page that is not there. */
function requireCurator(actor: Actor): void {
  if (!isCurator(actor)) throw new NotFoundError('page');
}

async function submitted(deps: SubmissionDeps, actor: Actor, id: number): Promise<DraftState> {
  requireCurator(actor);
  const state = await loadDraft(deps, actor, id);
  if (state.row.status !== 'submitted') throw new SubmissionRefusedError('notSubmitted');
  return state;
}

/**
 * The actor began the draft, or wrote a revision of it (then in another role, perhaps): such a
 * curator may neither check nor approve it, and the review page offers neither.
 */
export async function isAuthor(deps: SubmissionDeps, row: DraftRow, actor: Actor): Promise<boolean> {
  return row.author_id === String(actor.id) || wroteDraft(deps.knex, row, actor.id);
}

/** Marks one changed fact or evidence entry checked, or rejected with a reason. */
export async function decideItem(
  deps: SubmissionDeps,
  actor: Actor,
  id: number,
  itemKey: string,
  decision: 'checked' | 'rejected',
  reason: string,
): Promise<void> {
  const state = await submitted(deps, actor, id);
  // Four eyes: the author's own "checked" would let another curator approve what nobody else checked.
  if (await isAuthor(deps, state.row, actor)) throw new SubmissionRefusedError('selfReview');
  const change = state.reviewable.find((c) => c.key === itemKey);
  if (!change) throw new NotFoundError('page');
  if (decision === 'rejected' && reason.trim() === '') throw new SubmissionRefusedError('reasonRequired');
  if (decision === 'rejected') withinLength('reason', reason);
  await deps.knex.transaction(async (trx) => {
    await upsertReview(trx, {
      draft_id: id,
      item_key: itemKey,
      decision,
      reason: decision === 'rejected' ? reason.trim() : null,
      item_hash: changeHash(change),
      curator_id: String(actor.id),
      curator_email: actor.email,
      decided_at: new Date(),
    });
    await deps.audit(trx, {
      actor,
      action: decision === 'checked' ? 'submission.fact-checked' : 'submission.fact-rejected',
      recordType: state.kind,
      recordId: state.row.subject_id,
      before: change.before ?? null,
      after: change.after ?? null,
      detail: { draftId: id, item: itemKey, ...(decision === 'rejected' ? { reason: reason.trim() } : {}) },
    });
  });
}

/** Sends a submission back to its author with a message; the author can edit and submit again. */
export async function returnSubmission(
  deps: SubmissionDeps,
  actor: Actor,
  id: number,
  message: string,
): Promise<void> {
  const state = await submitted(deps, actor, id);
  if (message.trim() === '') throw new SubmissionRefusedError('returnMessageRequired');
  withinLength('message', message);
  const returned = await deps.knex.transaction(async (trx) => {
    const row = await updateDraft(trx, id, { status: ['submitted'] }, { status: 'returned' });
    if (!row) throw new SubmissionRefusedError('decidedMeanwhile');
    await insertComment(trx, {
      draft_id: id,
      author_id: String(actor.id),
      author_email: actor.email,
      author_role: actor.role,
      body: message.trim(),
      returned: true,
      created_at: new Date(),
    });
    await deps.audit(trx, {
      actor,
      action: 'submission.returned',
      recordType: state.kind,
      recordId: state.row.subject_id,
      detail: { draftId: id },
    });
    return row;
  });
  const rejected = state.reviewable.flatMap((change) => {
    const decision = state.decisions.get(change.key);
    return decision?.decision === 'rejected' ? [{ change, reason: decision.reason ?? '' }] : [];
  });
  await deps.notify?.(
    { ...outcomeOf(state, actor, 'returned'), message: message.trim(), rejected, checked: 0 },
    returned,
  );
}

function outcomeOf(state: DraftState, actor: Actor, kind: ReviewOutcome['kind']): ReviewOutcome {
  return {
    kind,
    draftId: state.row.id,
    subjectKind: state.kind,
    subjectName: state.record.name || state.row.subject_id,
    curatorEmail: actor.email,
    rejected: [],
    checked: 0,
  };
}

/** Why a submission cannot be approved as it stands, or undefined when it can. */
export function approvalBlocker(state: DraftState, actor: Actor): SubmissionRefusedError | undefined {
  if (state.row.status !== 'submitted') return new SubmissionRefusedError('notSubmitted');
  if (state.row.author_id === String(actor.id)) return new SubmissionRefusedError('selfApproval');
  if (state.outOfDate) return new SubmissionRefusedError('outOfDate');
  if (state.errors.length > 0) return new SubmissionRefusedError('invalid', { count: state.errors.length });
  const rejected = state.reviewable.filter((c) => state.decisions.get(c.key)?.decision === 'rejected');
  if (rejected.length > 0) return new SubmissionRefusedError('rejectedItems', { count: rejected.length });
  const open = state.reviewable.filter((c) => !state.decisions.has(c.key));
  if (open.length > 0) return new SubmissionRefusedError('uncheckedItems', { count: open.length });
  return undefined;
}

const EMPTY_CATALOGUE: CatalogueDocument = {
  schemaVersion: 1,
  categories: [],
  capabilities: [],
  providers: [],
  services: [],
};

/**
 * Approves a submission and publishes it: in one transaction the catalogue is read under the import
 * lock, the draft re-checked against it, the record put in with `checkedOn` = today on the sources
 * of every checked item, the catalogue tables replaced with a new generation (the import's own
 * path), the change recorded in the history (cause 'approval', the curator as actor) and announced; the draft becomes approved. Of two curators approving at once,
 * the second waits for the lock, then finds the draft approved and is refused.
 */
export async function approveSubmission(
  deps: SubmissionDeps,
  actor: Actor,
  id: number,
): Promise<{ generation: number }> {
  requireCurator(actor);
  const first = await findDraft(deps.knex, id);
  if (!first || !canSeeDraft(actor, first)) throw new NotFoundError('page');
  const date = deps.today();
  const { generation, outcome, approved } = await deps.knex.transaction(async (trx) => {
    // Takes the import's lock first, so an approval and an import (or two approvals) queue.
    const before = await publishedCatalogueForChange(trx, () => deps.store.held());
    const document = before?.document ?? EMPTY_CATALOGUE;
    const row = await findDraft(trx, id, true);
    if (!row) throw new NotFoundError('page');
    if (row.status === 'approved') {
      throw new SubmissionRefusedError('alreadyApproved', { by: row.decided_by ?? '' });
    }
    const state = describeDraft(document, row, await listReviews(trx, id));
    const blocker = approvalBlocker(state, actor);
    if (blocker) throw blocker;
    if (await isAuthor({ ...deps, knex: trx }, row, actor)) throw new SubmissionRefusedError('selfApproval');
    const checked = new Set(state.reviewable.map((c) => c.key));
    const record: DraftRecord = markChecked(state.record, checked, date);
    const next = applyRecord(document, state.kind, record);
    const validation = validateCatalogue(next);
    if (!validation.ok) throw new SubmissionRefusedError('invalid', { count: validation.errors.length });
    // The catalogue keeps its origin and is marked modified, so start-up never replaces it with a
    // newer reference catalogue (issue 12): the approved change would be lost.
    const stored = await readCatalogueOrigin(trx);
    const origin: CatalogueOrigin =
      stored?.origin === 'reference' && stored.referenceHash
        ? { kind: 'reference', hash: stored.referenceHash }
        : { kind: 'import' };
    const generation = await replaceCatalogue(trx, validation.document, undefined, origin);
    await markCatalogueModified(trx, `submission ${id} approved by ${actor.email}`);
    // In the same transaction as the publication, so /changes shows approvals as it shows imports.
    await recordCatalogueChange(trx, {
      before,
      after: validation.document,
      cause: 'approval',
      actor: actor.email,
      generation,
      assessedOn: date,
    });
    await notifyCatalogueChanged(trx, generation);
    const approved = await updateDraft(
      trx,
      id,
      { status: ['submitted'], revision: row.revision },
      {
        status: 'approved',
        decided_at: new Date(),
        decided_by: actor.email,
        published_generation: generation,
        record,
      },
    );
    if (!approved) throw new SubmissionRefusedError('decidedMeanwhile');
    const audit = {
      actor,
      recordType: state.kind,
      recordId: row.subject_id,
      before: state.published ?? null,
    };
    await deps.audit(trx, {
      ...audit,
      action: 'submission.approved',
      after: record,
      detail: { draftId: id },
    });
    await deps.audit(trx, {
      ...audit,
      action: 'catalogue.published',
      after: record,
      detail: { draftId: id, generation, checkedOn: date, checkedItems: [...checked] },
    });
    return {
      generation,
      approved,
      outcome: { ...outcomeOf(state, actor, 'approved'), checked: checked.size },
    };
  });
  await deps.store.reload();
  await deps.notify?.(outcome, approved);
  return { generation };
}
