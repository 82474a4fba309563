import type { Knex } from 'knex';

/** The product names a capability is commonly bought as (`replaces`), in document order. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('capability_replacements', (t) => {
    t.text('capability_id').notNullable().references('id').inTable('capabilities').onDelete('CASCADE');
    t.integer('position').notNullable();
    t.text('name').notNullable();
    t.primary(['capability_id', 'position']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('capability_replacements');
}
