import type { Knex } from 'knex';

/**
 * Sessions of signed-in users, in the layout connect-session-knex reads and writes (`sid`, `sess`,
 * `expired`). The user id inside `sess` lets a deactivation delete every session of a user at once.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sessions', (t) => {
    t.string('sid', 255).primary();
    t.json('sess').notNullable();
    t.timestamp('expired', { useTz: true }).notNullable().index();
  });
  await knex.raw(`create index sessions_user_id on sessions ((sess ->> 'userId'))`);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('sessions');
}
