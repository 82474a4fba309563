import type { Knex } from 'knex';

/**
 * One-time links: an invitation or a password reset for a user, or the first-run set-up of the
 * first administrator (no user yet). Only a SHA-256 hash of the token is stored; a token is spent
 * by setting `used_at`, and refused after `expires_at`.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('user_tokens', (t) => {
    t.increments('id').primary();
    t.text('purpose').notNullable().checkIn(['invitation', 'reset', 'setup'], 'user_tokens_purpose');
    t.integer('user_id').references('id').inTable('users').onDelete('CASCADE');
    t.text('token_hash').notNullable().unique();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('used_at', { useTz: true });
    t.integer('created_by').references('id').inTable('users');
    t.check("(?? = 'setup') = (?? is null)", ['purpose', 'user_id'], 'user_tokens_setup_has_no_user');
    t.index(['user_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('user_tokens');
}
