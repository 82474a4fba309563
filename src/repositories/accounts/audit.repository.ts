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
