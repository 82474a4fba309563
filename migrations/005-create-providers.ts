import type { Knex } from 'knex';

/** Providers; their `control` fact lives in `facts` with its sources. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('providers', (t) => {
    t.text('id').primary();
    t.integer('position').notNullable();
    t.text('name').notNullable();
    t.text('legal_name');
    t.text('type').notNullable().checkIn(['market', 'government'], 'providers_type');
    t.text('hq_country').notNullable();
    t.text('ultimate_parent_name');
    t.text('ultimate_parent_country');
    t.text('website');
    t.jsonb('description');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('providers');
}
