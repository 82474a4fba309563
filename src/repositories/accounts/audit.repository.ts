import type { Knex } from 'knex';
import type { AuditRow } from '../../db/account-tables';

export type NewAuditRow = Omit<AuditRow, 'id' | 'occurred_at'>;

export async function insertAudit(db: Knex, row: NewAuditRow): Promise<void> {
  await db('audit_trail').insert({
    ...row,
    detail: row.detail === null ? null : (JSON.stringify(row.detail) as never),
  });
}

/** A page of the trail, newest first. */
export function listAudit(db: Knex, page: { limit: number; offset: number }): Promise<AuditRow[]> {
  return db('audit_trail').orderBy('id', 'desc').limit(page.limit).offset(page.offset);
}

export async function countAudit(db: Knex): Promise<number> {
  const row = await db('audit_trail').count({ n: '*' }).first();
  return Number(row?.n ?? 0);
}

/** The whole trail, oldest first, in batches (for the CSV export). */
export async function* allAudit(db: Knex, batch = 1000): AsyncGenerator<AuditRow> {
  let after = 0;
  for (;;) {
    const rows: AuditRow[] = await db('audit_trail').where('id', '>', after).orderBy('id').limit(batch);
    yield* rows;
    if (rows.length < batch) return;
    after = Number(rows[rows.length - 1].id);
  }
}

/**
 * Whether a user wrote any revision of a draft (saved, submitted or merged it), as the trail shows:
 * a co-author — say a supplier since made a curator — may not check or approve it either.
 */
export async function wroteDraft(
  db: Knex,
  draft: { id: number; subject_kind: string; subject_id: string },
  userId: number,
): Promise<boolean> {
  const row = await db('audit_trail')
    .where({ record_type: draft.subject_kind, record_id: draft.subject_id, actor_id: userId })
    .whereIn('action', ['draft.saved', 'draft.submitted', 'draft.refreshed'])
    .whereRaw(`(detail ->> 'draftId') = ?`, [String(draft.id)])
    .first('id');
  return row !== undefined;
}
