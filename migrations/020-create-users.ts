import type { Knex } from 'knex';

/**
 * Accounts of the supply side. A supplier belongs to exactly one provider (a catalogue id, not a
 * foreign key: a catalogue import replaces the providers table and must not touch accounts).
 * `password_hash` is null until the invitation is accepted; `deactivated_at` ends every session.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('users', (t) => {
    t.increments('id').primary();
    t.text('email').notNullable().unique();
    t.text('name');
    t.text('role').notNullable().checkIn(['supplier', 'curator', 'admin'], 'users_role');
    t.text('provider_id');
    t.text('password_hash');
    t.timestamp('password_changed_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('last_login_at', { useTz: true });
    t.timestamp('deactivated_at', { useTz: true });
    t.check("(?? = 'supplier') = (?? is not null)", ['role', 'provider_id'], 'users_supplier_has_provider');
    t.check('?? = lower(??)', ['email', 'email'], 'users_email_lower_case');
    t.index(['provider_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('users');
}
