import type { Knex } from 'knex';

/**
 * Who did what, when, to which record: one row per action, never changed (migration 025 makes the
 * database refuse updates and deletes). `actor_email` keeps the name of the actor as it was;
 * `before_hash` / `after_hash` are SHA-256 hashes of the record before and after the action.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('audit_trail', (t) => {
    t.bigIncrements('id').primary();
    t.timestamp('occurred_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.integer('actor_id').references('id').inTable('users');
    t.text('actor_email');
    t.text('action').notNullable();
    t.text('record_type');
    t.text('record_id');
    t.text('before_hash');
    t.text('after_hash');
    t.jsonb('detail');
    t.text('address');
    t.index(['occurred_at']);
    t.index(['record_type', 'record_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('audit_trail');
}
