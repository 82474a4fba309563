import type { Knex } from 'knex';
import { catalogueGeneration, readCatalogue } from '../../../src/repositories/catalogue.repository';
import { recordHash } from '../../../src/services/audit/record-audit';
import type { Ack } from './write-stream';

interface DraftRow {
  id: number;
  subject_id: string;
  status: string;
  revision: number;
  record: { contract?: { slaAvailabilityPct?: { sources?: { title?: string }[] } } };
  published_generation: number | null;
}

interface AuditRow {
  action: string;
  after_hash: string | null;
  detail: { draftId: number; item?: string; generation?: number };
}

/** Audit actions that change a draft row (each bumps its revision, in the same transaction). */
const REVISING = [
  'draft.saved',
  'draft.submitted',
  'draft.refreshed',
  'submission.returned',
  'submission.approved',
];

const titleOf = (record: DraftRow['record'] | undefined) =>
  record?.contract?.slaAvailabilityPct?.sources?.[0]?.title;

/**
 * Every acknowledged write that is not in the database, and every draft that is half-written: a
 * draft row, its reviews and comments must agree with the audit trail row for row (all were
 * written in one transaction each), and an approved draft must have its publication — the
 * catalogue generation, the history entry and the published record — and vice versa.
 * Returns the acknowledged writes not found, and the half-written state found.
 */
export async function findProblems(
  knex: Knex,
  acks: Ack[],
  baseGeneration: number,
): Promise<{ lost: string[]; halfWritten: string[] }> {
  const lostWrites: string[] = [];
  const problems: string[] = [];
  const drafts = new Map<number, DraftRow>(
    ((await knex('drafts').select('*')) as DraftRow[]).map((row) => [row.id, row]),
  );
  const audit = (await knex('audit_trail')
    .whereRaw(`detail ->> 'draftId' is not null`)
    .orderBy('id')
    .select('action', 'after_hash', 'detail')) as AuditRow[];
  const auditOf = (id: number, action?: string) =>
    audit.filter((a) => Number(a.detail.draftId) === id && (!action || a.action === action));
  const comments = (await knex('draft_comments').select('draft_id', 'body')) as {
    draft_id: number;
    body: string;
  }[];
  const reviews = (await knex('draft_reviews').select('draft_id', 'item_key')) as {
    draft_id: number;
    item_key: string;
  }[];
  const approvals = (await knex('catalogue_changes')
    .where({ cause: 'approval' })
    .select('id', 'generation')) as { id: number; generation: number }[];
  const published = await readCatalogue(knex);
  const publishedTitle = (serviceId: string) =>
    titleOf(published.services.find((s) => s.id === serviceId) as DraftRow['record'] | undefined);

  for (const ack of acks) {
    const draft = drafts.get(ack.draftId);
    const lost = (what: string) => lostWrites.push(`acknowledged ${ack.kind} lost: ${what}`);
    if (!draft) {
      lost(`draft ${ack.draftId} missing`);
      continue;
    }
    if (ack.kind === 'saved' && titleOf(draft.record) !== ack.marker) lost(`draft ${draft.id} record`);
    if (ack.kind === 'commented' && !comments.some((c) => c.draft_id === draft.id && c.body === ack.marker))
      lost(`comment on draft ${draft.id}`);
    if (ack.kind === 'submitted' && !['submitted', 'approved'].includes(draft.status))
      lost(`draft ${draft.id} is ${draft.status}`);
    if (ack.kind === 'checked' && !reviews.some((r) => r.draft_id === draft.id && r.item_key === ack.item))
      lost(`decision on draft ${draft.id}`);
    if (ack.kind === 'approved') {
      if (draft.status !== 'approved') lost(`draft ${draft.id} is ${draft.status}`);
      if (publishedTitle(ack.serviceId) !== ack.marker) lost(`published ${ack.serviceId}`);
    }
  }

  for (const draft of drafts.values()) {
    const half = (what: string) => problems.push(`draft ${draft.id} (${draft.status}) half-written: ${what}`);
    const revising = audit.filter(
      (a) => Number(a.detail.draftId) === draft.id && REVISING.includes(a.action),
    );
    if (draft.revision - 1 !== revising.length)
      half(`revision ${draft.revision} but ${revising.length} audited changes`);
    const last = revising
      .filter((a) => a.action === 'draft.saved' || a.action === 'submission.approved')
      .pop();
    if (last && last.after_hash !== recordHash(draft.record)) half('record differs from its audit row');
    const submittedRows = auditOf(draft.id, 'draft.submitted').length;
    if ((draft.status === 'draft' ? 0 : 1) !== submittedRows) half(`${submittedRows} submission audit rows`);
    const ownComments = comments.filter((c) => c.draft_id === draft.id).length;
    if (ownComments !== auditOf(draft.id, 'submission.commented').length) half('comments vs audit rows');
    const ownReviews = reviews.filter((r) => r.draft_id === draft.id).map((r) => r.item_key);
    const checkedRows = auditOf(draft.id, 'submission.fact-checked').map((a) => a.detail.item);
    if (JSON.stringify(ownReviews.sort()) !== JSON.stringify([...new Set(checkedRows)].sort()))
      half('reviews vs audit rows');
    const publication = auditOf(draft.id, 'catalogue.published');
    const approved = auditOf(draft.id, 'submission.approved');
    if (draft.status === 'approved') {
      const generation = draft.published_generation;
      if (approved.length !== 1 || publication.length !== 1) half('approval audit rows');
      if (publication[0]?.detail.generation !== generation) half('published generation vs audit row');
      if (!approvals.some((c) => c.generation === generation))
        half(`no history entry for generation ${generation}`);
      if (publishedTitle(draft.subject_id) !== titleOf(draft.record)) half('record not in the catalogue');
    } else if (approved.length + publication.length > 0 || draft.published_generation !== null) {
      half('approval audited or generation set without the approval');
    }
  }

  const approvedDrafts = [...drafts.values()].filter((d) => d.status === 'approved').length;
  if (approvals.length !== approvedDrafts)
    problems.push(`${approvals.length} approvals in the history, ${approvedDrafts} approved drafts`);
  const generation = await catalogueGeneration(knex);
  if (generation !== baseGeneration + approvedDrafts)
    problems.push(`generation ${generation}, expected ${baseGeneration} + ${approvedDrafts} approvals`);
  const items = (await knex('catalogue_change_items')
    .whereIn(
      'change_id',
      approvals.map((c) => c.id),
    )
    .select('change_id')) as { change_id: number }[];
  for (const change of approvals)
    if (!items.some((i) => i.change_id === change.id))
      problems.push(`history entry ${change.id} has no items`);
  return { lost: lostWrites, halfWritten: problems };
}
