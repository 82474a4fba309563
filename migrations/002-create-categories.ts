import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('categories', (t) => {
    t.text('id').primary();
    t.integer('position').notNullable();
    t.text('lot').notNullable().checkIn(['infrastructure', 'platform', 'workplace'], 'categories_lot');
    t.jsonb('name').notNullable();
    t.jsonb('description');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('categories');
}
