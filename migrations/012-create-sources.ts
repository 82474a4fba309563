import type { Knex } from 'knex';

/** The sources of a fact or of an evidence entry, in document order. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sources', (t) => {
    t.integer('id').primary();
    t.integer('fact_id').references('id').inTable('facts').onDelete('CASCADE');
    t.integer('evidence_id').references('id').inTable('evidence').onDelete('CASCADE');
    t.integer('position').notNullable();
    t.text('url').notNullable();
    t.text('kind').checkIn(['primary', 'secondary'], 'sources_kind');
    t.text('title');
    t.date('retrieved_on');
    t.text('note');
    t.index(['fact_id']);
    t.index(['evidence_id']);
    t.check('num_nonnulls(??, ??) = 1', ['fact_id', 'evidence_id'], 'sources_one_owner');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('sources');
}
