import type { Knex } from 'knex';
import type { MailRow } from '../../db/account-tables';

export async function insertMail(
  db: Knex,
  mail: Pick<MailRow, 'recipient' | 'subject' | 'body' | 'transport'>,
): Promise<number> {
  const [row] = await db('mail_outbox').insert(mail).returning('id');
  return Number((row as { id: number }).id);
}

export async function updateMail(
  db: Knex,
  id: number,
  changes: Partial<Pick<MailRow, 'body' | 'sent_at' | 'error'>>,
): Promise<void> {
  await db('mail_outbox').where({ id }).update(changes);
}

/** The newest messages first. */
export function listMail(db: Knex, limit: number): Promise<MailRow[]> {
  return db('mail_outbox').orderBy('id', 'desc').limit(limit);
}
