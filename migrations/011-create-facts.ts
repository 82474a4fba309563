import type { Knex } from 'knex';

/**
 * Sourced facts of a provider or a service, addressed by their path in the document
 * (`control`, `openSource`, `data.locations`, `contract.noticePeriodDays`, ...).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('facts', (t) => {
    t.integer('id').primary();
    t.text('provider_id').references('id').inTable('providers').onDelete('CASCADE');
    t.text('service_id').references('id').inTable('services').onDelete('CASCADE');
    t.text('path').notNullable();
    t.jsonb('value').notNullable();
    t.text('note');
    t.unique(['provider_id', 'path']);
    t.unique(['service_id', 'path']);
    t.index(['path']);
    t.check('num_nonnulls(??, ??) = 1', ['provider_id', 'service_id'], 'facts_one_subject');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('facts');
}
