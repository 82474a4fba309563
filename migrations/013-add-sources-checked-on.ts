import type { Knex } from 'knex';

/** The date on which the marketplace team checked that a source supports its fact (absent: not checked). */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('sources', (t) => {
    t.date('checked_on');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('sources', (t) => {
    t.dropColumn('checked_on');
  });
}
