import type { Knex } from 'knex';

/** A service's categories in order; position 0 is the primary category. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('service_categories', (t) => {
    t.text('service_id').notNullable().references('id').inTable('services').onDelete('CASCADE');
    t.text('category_id').notNullable().references('id').inTable('categories');
    t.integer('position').notNullable();
    t.primary(['service_id', 'category_id']);
    t.index(['category_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('service_categories');
}
