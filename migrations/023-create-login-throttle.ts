import type { Knex } from 'knex';

/**
 * Counters of failed logins per account and per address, in the layout of rate-limiter-flexible's
 * PostgreSQL store (`key`, `points`, `expire` in epoch milliseconds); shared by every app instance.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('login_throttle', (t) => {
    t.string('key', 255).primary();
    t.integer('points').notNullable().defaultTo(0);
    t.bigInteger('expire');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('login_throttle');
}
