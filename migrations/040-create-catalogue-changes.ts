import type { Knex } from 'knex';

/**
 * History of the published catalogue: one row per change (an import, the reference catalogue, an
 * approved submission, or the assessment date moving on), with the generation it produced and the
 * assessment date its levels were computed at. The items say what changed (041).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('catalogue_changes', (t) => {
    t.increments('id').primary();
    t.timestamp('recorded_at', { useTz: true }).notNullable();
    t.text('cause')
      .notNullable()
      .checkIn(['import', 'reference', 'approval', 'assessment-date'], 'catalogue_changes_cause');
    t.text('actor');
    t.integer('generation').notNullable();
    t.date('assessed_on').notNullable();
    t.date('previous_assessed_on');
    t.integer('item_count').notNullable();
    t.index(['recorded_at']);
    t.index(['assessed_on']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('catalogue_changes');
}
