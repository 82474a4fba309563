import type { Knex } from 'knex';
import {
  OPEN_STATUSES,
  type DraftCommentRow,
  type DraftReviewRow,
  type DraftRow,
  type DraftStatus,
} from '../../domain/submissions/draft.types';

export type {
  DraftCommentRow,
  DraftReviewRow,
  DraftRow,
  DraftStatus,
} from '../../domain/submissions/draft.types';

/** jsonb values are sent as JSON text: pg would otherwise send a JS array as a PostgreSQL array. */
const json = (value: unknown): never => JSON.stringify(value ?? null) as never;

export interface NewDraft {
  providerId: string;
  kind: 'provider' | 'service';
  subjectId: string;
  baseRecord: unknown;
  record: unknown;
  authorId: string;
  authorEmail: string;
  authorRole: string;
}

export async function insertDraft(db: Knex, draft: NewDraft, now = new Date()): Promise<DraftRow> {
  const [row] = await db<DraftRow>('drafts')
    .insert({
      provider_id: draft.providerId,
      subject_kind: draft.kind,
      subject_id: draft.subjectId,
      status: 'draft',
      base_record: json(draft.baseRecord ?? null),
      record: json(draft.record),
      author_id: draft.authorId,
      author_email: draft.authorEmail,
      author_role: draft.authorRole,
      revision: 1,
      created_at: now,
      updated_at: now,
    })
    .returning('*');
  return row as DraftRow;
}

export async function findDraft(db: Knex, id: number, forUpdate = false): Promise<DraftRow | undefined> {
  const query = db<DraftRow>('drafts').where({ id }).first();
  return (forUpdate ? query.forUpdate() : query) as Promise<DraftRow | undefined>;
}

/** The open draft of a record (at most one exists: a unique index says so). */
export async function findOpenDraft(
  db: Knex,
  kind: 'provider' | 'service',
  subjectId: string,
): Promise<DraftRow | undefined> {
  return db<DraftRow>('drafts')
    .where({ subject_kind: kind, subject_id: subjectId })
    .whereIn('status', OPEN_STATUSES as DraftStatus[])
    .first() as Promise<DraftRow | undefined>;
}

/** How many drafts of new services (no published base) a provider has open. */
export async function countOpenNewServiceDrafts(db: Knex, providerId: string): Promise<number> {
  const [row] = await db('drafts')
    .where({ provider_id: providerId, subject_kind: 'service' })
    // Stored as JSON null (json() above), so SQL's `is null` alone would not find it.
    .whereRaw(`(base_record is null or jsonb_typeof(base_record) = 'null')`)
    .whereIn('status', OPEN_STATUSES as DraftStatus[])
    .count({ n: '*' });
  return Number(row?.n ?? 0);
}

/** A provider's drafts, open ones first, newest first. */
export async function listProviderDrafts(db: Knex, providerId: string): Promise<DraftRow[]> {
  return db<DraftRow>('drafts')
    .where({ provider_id: providerId })
    .orderByRaw(`case when status = 'approved' then 1 else 0 end, updated_at desc, id desc`)
    .limit(500) as Promise<DraftRow[]>;
}

/** Submissions waiting for a curator, oldest first. */
export async function listSubmitted(db: Knex): Promise<DraftRow[]> {
  return db<DraftRow>('drafts')
    .where({ status: 'submitted' })
    .orderBy([
      { column: 'submitted_at', order: 'asc' },
      { column: 'id', order: 'asc' },
    ]) as Promise<DraftRow[]>;
}

/**
 * Changes a draft only if it still has the status (and revision, when given) the caller saw;
 * returns the updated row, or undefined when someone else changed it first.
 */
export async function updateDraft(
  db: Knex,
  id: number,
  expect: { status: DraftStatus[]; revision?: number },
  changes: Partial<Omit<DraftRow, 'id' | 'record' | 'base_record'>> & {
    record?: unknown;
    base_record?: unknown;
  },
  now = new Date(),
): Promise<DraftRow | undefined> {
  const { record, base_record, ...rest } = changes;
  const update: Record<string, unknown> = { ...rest, updated_at: now };
  if (record !== undefined) update.record = json(record);
  if (base_record !== undefined) update.base_record = json(base_record);
  const query = db<DraftRow>('drafts').where({ id }).whereIn('status', expect.status);
  if (expect.revision !== undefined) query.where({ revision: expect.revision });
  const [row] = await query.update({ ...update, revision: db.raw('revision + 1') } as never).returning('*');
  return row as DraftRow | undefined;
}

export async function listReviews(db: Knex, draftId: number): Promise<DraftReviewRow[]> {
  return db<DraftReviewRow>('draft_reviews').where({ draft_id: draftId }) as Promise<DraftReviewRow[]>;
}

/** Records (or replaces) a curator's decision on one item. */
export async function upsertReview(db: Knex, review: DraftReviewRow): Promise<void> {
  await db<DraftReviewRow>('draft_reviews').insert(review).onConflict(['draft_id', 'item_key']).merge();
}

export async function listComments(db: Knex, draftId: number): Promise<DraftCommentRow[]> {
  return db<DraftCommentRow>('draft_comments').where({ draft_id: draftId }).orderBy('id') as Promise<
    DraftCommentRow[]
  >;
}

export async function countComments(db: Knex, draftId: number): Promise<number> {
  const [row] = await db('draft_comments').where({ draft_id: draftId }).count({ n: '*' });
  return Number(row?.n ?? 0);
}

export async function insertComment(db: Knex, comment: Omit<DraftCommentRow, 'id'>): Promise<void> {
  await db<DraftCommentRow>('draft_comments').insert(comment);
}
