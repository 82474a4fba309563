import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('capabilities', (t) => {
    t.text('id').primary();
    t.integer('position').notNullable();
    t.jsonb('name').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('capabilities');
}
