import { createHash } from 'node:crypto';
import type { CatalogueDocument } from '../../domain/catalogue.types';
import { publishedRecord } from '../../domain/submissions/apply-record';
import { canonicalJson, sameJson } from '../../domain/submissions/canonical-json';
import { diffRecords, reviewableChanges } from '../../domain/submissions/diff-records';
import type { DraftRecord, RecordChange } from '../../domain/submissions/record.types';
import type { DraftReviewRow, DraftRow, DraftState } from '../../domain/submissions/draft.types';
import { validateDraftRecord } from './validate-draft';
import { isCurator, type Actor } from './submission.types';

export type { DraftState };

/** Hash of a change as a curator saw it: a decision is stale once either side of it changes. */
export function changeHash(change: RecordChange): string {
  return createHash('sha256')
    .update(canonicalJson({ before: change.before ?? null, after: change.after ?? null }))
    .digest('hex');
}

export function describeDraft(
  published: CatalogueDocument,
  row: DraftRow,
  reviews: readonly DraftReviewRow[] = [],
): DraftState {
  const kind = row.subject_kind;
  const record = row.record as DraftRecord;
  const base = (row.base_record ?? undefined) as DraftRecord | undefined;
  const now = publishedRecord(published, kind, row.subject_id);
  const outOfDate = row.status !== 'approved' && !sameJson(base ?? null, now ?? null);
  const changes = diffRecords(kind, now, record);
  const reviewable = reviewableChanges(changes);
  const hashes = new Map(reviewable.map((c) => [c.key, changeHash(c)]));
  const decisions = new Map(
    reviews.filter((r) => hashes.get(r.item_key) === r.item_hash).map((r) => [r.item_key, r]),
  );
  return {
    row,
    kind,
    record,
    base,
    published: now,
    outOfDate,
    underneath: outOfDate ? diffRecords(kind, base, now) : [],
    changes,
    reviewable,
    errors: row.status === 'approved' ? [] : validateDraftRecord(published, kind, record),
    decisions,
  };
}

/** Curators and administrators see every draft; a supplier only its own provider's. */
export function canSeeDraft(actor: Actor, row: DraftRow): boolean {
  if (isCurator(actor)) return true;
  return actor.role === 'supplier' && actor.providerId !== null && row.provider_id === actor.providerId;
}

/**
 * Who may change a draft's content: the supplier side of the provider for a supplier's draft, the
 * author for a curator's own correction (a curator never edits a supplier's content). Only while
 * it is a draft or returned.
 */
export function canEditDraft(actor: Actor, row: DraftRow): boolean {
  if (row.status !== 'draft' && row.status !== 'returned') return false;
  return isAuthorSide(actor, row);
}

/** The side that wrote the draft: the provider's suppliers, or the curator who authored it. */
export function isAuthorSide(actor: Actor, row: DraftRow): boolean {
  if (row.author_role === 'supplier') {
    return actor.role === 'supplier' && actor.providerId !== null && row.provider_id === actor.providerId;
  }
  return row.author_id === String(actor.id);
}

/** Who may comment on a draft they can see: a curator, or the side that wrote it. */
export function canComment(actor: Actor, row: DraftRow): boolean {
  return isCurator(actor) || isAuthorSide(actor, row);
}
