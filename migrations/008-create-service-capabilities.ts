import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('service_capabilities', (t) => {
    t.text('service_id').notNullable().references('id').inTable('services').onDelete('CASCADE');
    t.text('capability_id').notNullable().references('id').inTable('capabilities');
    t.integer('position').notNullable();
    t.primary(['service_id', 'capability_id']);
    t.index(['capability_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('service_capabilities');
}
