import type { Knex } from 'knex';

/**
 * Every e-mail the app sends. Without SMTP_URL a message stays here (with its text) for
 * administrators to read and pass on; with SMTP_URL it is sent and `sent_at` is set, and the text
 * is kept only when sending failed (`error`), so that nothing is lost.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('mail_outbox', (t) => {
    t.increments('id').primary();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.text('recipient').notNullable();
    t.text('subject').notNullable();
    t.text('body');
    t.text('transport').notNullable().checkIn(['smtp', 'outbox'], 'mail_outbox_transport');
    t.timestamp('sent_at', { useTz: true });
    t.text('error');
    t.index(['created_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('mail_outbox');
}
