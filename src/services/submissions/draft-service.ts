import type { Knex } from 'knex';
import type { CatalogueDocument, Service } from '../../domain/catalogue.types';
import { publishedRecord } from '../../domain/submissions/apply-record';
import type { FieldError, FormBody } from '../../domain/submissions/form-values';
import { mergeDraft } from '../../domain/submissions/merge-records';
import { applySection } from '../../domain/submissions/parse-section';
import type { SectionSpec } from '../../domain/submissions/record-form';
import type { DraftRecord, SubjectKind } from '../../domain/submissions/record.types';
import { NotFoundError } from '../../errors';
import { SUBMISSION_LIMITS } from '../../domain/submissions/limits';
import {
  countOpenNewServiceDrafts,
  findDraft,
  findOpenDraft,
  insertDraft,
  listReviews,
  updateDraft,
  type DraftRow,
} from '../../repositories/submissions/draft.repository';
import type { CatalogueStore } from '../catalogue/catalogue-store';
import type { ReviewNotifier } from './review-mail';
import { canEditDraft, canSeeDraft, describeDraft, isAuthorSide, type DraftState } from './draft-view';
import { SubmissionRefusedError, isCurator, type Actor, type AuditWriter } from './submission.types';

export interface SubmissionDeps {
  knex: Knex;
  store: CatalogueStore;
  audit: AuditWriter;
  /** The date approvals stamp on checked sources (Europe/Amsterdam today in production). */
  today: () => string;
  /** Tells the draft's side of an approval or a return, after it committed (none: no e-mail). */
  notify?: ReviewNotifier;
}

const published = (deps: SubmissionDeps): CatalogueDocument => deps.store.current().document;

/**
 * A draft the actor may see, or 404 — also when it exists but belongs to another provider, so an id
 * in a URL tells a stranger nothing.
 */
export async function loadDraft(deps: SubmissionDeps, actor: Actor, id: number): Promise<DraftState> {
  const row = await findDraft(deps.knex, id);
  if (!row || !canSeeDraft(actor, row)) throw new NotFoundError('page');
  return describeDraft(published(deps), row, await listReviews(deps.knex, id));
}

/** The provider a record belongs to, if the actor may propose changes to it; else 404. */
function ownerOf(document: CatalogueDocument, actor: Actor, kind: SubjectKind, id: string): string {
  const record = publishedRecord(document, kind, id);
  if (!record) throw new NotFoundError(kind, id);
  const providerId = kind === 'provider' ? record.id : (record as Service).providerId;
  if (!isCurator(actor) && providerId !== actor.providerId) throw new NotFoundError(kind, id);
  return providerId;
}

/** PostgreSQL's unique_violation: another open draft of the same record or id was begun meanwhile. */
const isUniqueViolation = (err: unknown): boolean => (err as { code?: unknown })?.code === '23505';

/**
 * The open draft of a published record, begun now when there is none (a copy of the published
 * record, based on it). A supplier may begin drafts only for its own provider's records.
 */
export async function openDraft(
  deps: SubmissionDeps,
  actor: Actor,
  kind: SubjectKind,
  subjectId: string,
): Promise<DraftRow> {
  const document = published(deps);
  const providerId = ownerOf(document, actor, kind, subjectId);
  const existing = await findOpenDraft(deps.knex, kind, subjectId);
  if (existing) {
    if (!canSeeDraft(actor, existing)) throw new NotFoundError(kind, subjectId);
    return existing;
  }
  const record = publishedRecord(document, kind, subjectId) as DraftRecord;
  try {
    return await insertDraft(deps.knex, {
      providerId,
      kind,
      subjectId,
      baseRecord: record,
      record,
      authorId: String(actor.id),
      authorEmail: actor.email,
      authorRole: actor.role === 'supplier' ? 'supplier' : 'curator',
    });
  } catch (err) {
    // Two people began a draft of the record at the same moment: the other one's is the open draft.
    const begun = isUniqueViolation(err) ? await findOpenDraft(deps.knex, kind, subjectId) : undefined;
    if (!begun) throw err;
    if (!canSeeDraft(actor, begun)) throw new NotFoundError(kind, subjectId);
    return begun;
  }
}

export interface NewServiceInput {
  id: string;
  name: string;
  providerId: string;
  serviceModel: Service['serviceModel'];
  category: string;
  summary: string;
}

/**
 * Begins a draft of a service that is not in the catalogue yet. Refused when the id is taken by a
 * published service or any open draft — with one answer for both, naming no one, so a supplier
 * learns nothing of another provider's unpublished services but that the id is not free — or when
 * the provider has too many new services open. The record is checked like any other draft.
 */
export async function openNewServiceDraft(
  deps: SubmissionDeps,
  actor: Actor,
  input: NewServiceInput,
): Promise<{ draft?: DraftRow; errors: FieldError[] }> {
  const document = published(deps);
  if (!isCurator(actor) && input.providerId !== actor.providerId) throw new NotFoundError('provider');
  if (!document.providers.some((p) => p.id === input.providerId)) throw new NotFoundError('provider');
  const record: Service = {
    id: input.id,
    providerId: input.providerId,
    name: input.name,
    summary: { nl: input.summary },
    categories: input.category ? [input.category] : [],
    serviceModel: input.serviceModel,
  };
  const errors = describeErrors(document, record);
  const taken =
    publishedRecord(document, 'service', input.id) !== undefined ||
    (await findOpenDraft(deps.knex, 'service', input.id)) !== undefined;
  if (taken) errors.unshift({ field: 'id', code: 'idTaken' });
  const max = SUBMISSION_LIMITS.openNewServicesPerProvider;
  if ((await countOpenNewServiceDrafts(deps.knex, input.providerId)) >= max) {
    errors.unshift({ field: 'id', code: 'tooManyNewServices', params: { max } });
  }
  if (errors.length > 0) return { errors };
  try {
    const draft = await insertDraft(deps.knex, {
      providerId: input.providerId,
      kind: 'service',
      subjectId: input.id,
      baseRecord: null,
      record,
      authorId: String(actor.id),
      authorEmail: actor.email,
      authorRole: actor.role === 'supplier' ? 'supplier' : 'curator',
    });
    return { draft, errors: [] };
  } catch (err) {
    if (isUniqueViolation(err)) return { errors: [{ field: 'id', code: 'idTaken' }] };
    throw err;
  }
}

function describeErrors(document: CatalogueDocument, record: Service): FieldError[] {
  const row = { subject_kind: 'service', subject_id: record.id, record, status: 'draft' } as DraftRow;
  return describeDraft(document, row).errors;
}

async function editable(deps: SubmissionDeps, actor: Actor, id: number): Promise<DraftState> {
  const state = await loadDraft(deps, actor, id);
  if (!canEditDraft(actor, state.row)) throw new SubmissionRefusedError('notEditable');
  return state;
}

/**
 * Saves one section of a draft from its form. Nothing is saved when the form or the catalogue's
 * loader finds a problem in the section: the problems come back, one per field.
 * `revision` is the draft's revision the form was made from: a save over a newer one is refused.
 */
export async function saveSection(
  deps: SubmissionDeps,
  actor: Actor,
  id: number,
  section: SectionSpec,
  body: FormBody,
  revision: number,
): Promise<{ state: DraftState; errors: FieldError[]; record: DraftRecord }> {
  const state = await editable(deps, actor, id);
  const document = published(deps);
  const options = {
    categories: document.categories.map((c) => c.id),
    capabilities: document.capabilities.map((c) => c.id),
  };
  const { record, errors } = applySection(state.record, section, body, options, state.published);
  if (errors.length === 0) {
    const candidate = describeDraft(document, { ...state.row, record });
    const own = candidate.errors.filter((e) => inSection(section, e.field));
    if (own.length > 0) return { state, errors: own, record };
  }
  if (errors.length > 0) return { state, errors, record };
  const saved = await deps.knex.transaction(async (trx) => {
    const row = await updateDraft(trx, id, { status: ['draft', 'returned'], revision }, { record });
    if (!row) throw new SubmissionRefusedError('changedMeanwhile');
    await deps.audit(trx, {
      actor,
      action: 'draft.saved',
      recordType: row.subject_kind,
      recordId: row.subject_id,
      before: state.record,
      after: record,
      detail: { draftId: id, section: section.id },
    });
    return row;
  });
  return { state: describeDraft(document, saved, []), errors: [], record };
}

/** True when a record field (form name) is one of the section's, or the record as a whole. */
function inSection(section: SectionSpec, field: string): boolean {
  if (field === '') return true;
  if (section.evidence) return field === 'evidence' || field.startsWith('evidence.');
  return section.items.some((item) => {
    const name = item.kind === 'field' ? item.name : item.path;
    return field === name || field.startsWith(`${name}.`) || name.startsWith(`${field}.`);
  });
}

/** Why a draft cannot be submitted as it stands (out of date, invalid, no change), or undefined. */
export function submitBlocker(state: DraftState): SubmissionRefusedError | undefined {
  if (state.outOfDate) return new SubmissionRefusedError('outOfDate');
  if (state.errors.length > 0) return new SubmissionRefusedError('invalid', { count: state.errors.length });
  if (state.changes.length === 0) return new SubmissionRefusedError('noChanges');
  return undefined;
}

/** Sends a draft to the curators. Refused while out of date, invalid, or without any change. */
export async function submitDraft(deps: SubmissionDeps, actor: Actor, id: number): Promise<void> {
  const state = await editable(deps, actor, id);
  const blocker = submitBlocker(state);
  if (blocker) throw blocker;
  await deps.knex.transaction(async (trx) => {
    const row = await updateDraft(
      trx,
      id,
      { status: ['draft', 'returned'], revision: state.row.revision },
      { status: 'submitted', submitted_at: new Date() },
    );
    if (!row) throw new SubmissionRefusedError('changedMeanwhile');
    await deps.audit(trx, {
      actor,
      action: 'draft.submitted',
      recordType: row.subject_kind,
      recordId: row.subject_id,
      before: state.published ?? null,
      after: state.record,
      detail: { draftId: id, changes: state.changes.length },
    });
  });
}

/**
 * The supplier has looked at what changed underneath: the draft is merged onto the record as
 * published now (items the supplier changed keep the supplier's value) and based on it again.
 */
export async function refreshDraft(deps: SubmissionDeps, actor: Actor, id: number): Promise<void> {
  const state = await loadDraft(deps, actor, id);
  if (!isAuthorSide(actor, state.row) || state.row.status === 'approved') {
    throw new SubmissionRefusedError('notEditable');
  }
  if (!state.outOfDate) return;
  const { record } = state.published
    ? mergeDraft(state.kind, state.base, state.record, state.published)
    : { record: state.record };
  await deps.knex.transaction(async (trx) => {
    const row = await updateDraft(
      trx,
      id,
      { status: [state.row.status], revision: state.row.revision },
      { record, base_record: state.published ?? null },
    );
    if (!row) throw new SubmissionRefusedError('changedMeanwhile');
    await deps.audit(trx, {
      actor,
      action: 'draft.refreshed',
      recordType: row.subject_kind,
      recordId: row.subject_id,
      before: state.record,
      after: record,
      detail: { draftId: id, underneath: state.underneath.map((c) => c.key) },
    });
  });
}
