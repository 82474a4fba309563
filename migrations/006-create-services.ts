import type { Knex } from 'knex';

/** Services; facts, evidence and links to categories, capabilities and other services have own tables. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('services', (t) => {
    t.text('id').primary();
    t.integer('position').notNullable();
    t.text('provider_id').notNullable().references('id').inTable('providers');
    t.text('name').notNullable();
    t.jsonb('summary').notNullable();
    t.jsonb('description');
    t.text('website');
    t.text('service_model').notNullable().checkIn(['iaas', 'paas', 'saas', 'software'], 'services_model');
    t.jsonb('deployment');
    t.jsonb('notes');
    t.index(['provider_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('services');
}
