import type { Knex } from 'knex';

/** One row describing the imported catalogue; `generation` counts imports. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('catalogue_meta', (t) => {
    t.integer('id').primary();
    t.integer('schema_version').notNullable();
    t.text('title');
    t.date('published_on');
    t.timestamp('imported_at', { useTz: true }).notNullable();
    t.integer('generation').notNullable();
    t.check('?? = 1', ['id'], 'catalogue_meta_single_row');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('catalogue_meta');
}
