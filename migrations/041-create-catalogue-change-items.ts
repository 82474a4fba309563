import type { Knex } from 'knex';

/**
 * What one catalogue change did to one provider or service: added, removed or changed, with the
 * facts, evidence and levels before and after as JSON (`detail`), and the filter options the record
 * matched before or after (`tokens`, `facet:value`) so /changes takes the /services filters.
 * Rows exist only for records that changed: history grows with the change, not the catalogue.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('catalogue_change_items', (t) => {
    t.increments('id').primary();
    t.integer('change_id').notNullable().references('id').inTable('catalogue_changes').onDelete('CASCADE');
    t.text('subject_kind').notNullable().checkIn(['provider', 'service'], 'catalogue_change_items_subject');
    t.text('subject_id').notNullable();
    t.text('provider_id').notNullable();
    t.text('name').notNullable();
    t.text('kind').notNullable().checkIn(['added', 'removed', 'changed'], 'catalogue_change_items_kind');
    t.specificType('tokens', 'text[]').notNullable();
    t.jsonb('detail').notNullable();
    t.index(['subject_kind', 'subject_id', 'change_id']);
    t.index(['provider_id', 'change_id']);
    t.index(['change_id']);
    t.index(['tokens'], undefined, { indexType: 'gin' });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('catalogue_change_items');
}
