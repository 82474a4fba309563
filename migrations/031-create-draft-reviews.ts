import type { Knex } from 'knex';

/**
 * A curator's decision on one changed item of a submission: checked, or rejected with a reason.
 * `item_hash` is the hash of the item as it was decided; a later edit of the item makes the
 * decision stale (it no longer counts) without deleting it.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('draft_reviews', (t) => {
    t.integer('draft_id').notNullable().references('id').inTable('drafts').onDelete('CASCADE');
    t.text('item_key').notNullable();
    t.text('decision').notNullable().checkIn(['checked', 'rejected'], 'draft_reviews_decision');
    t.text('reason');
    t.text('item_hash').notNullable();
    t.text('curator_id').notNullable();
    t.text('curator_email').notNullable();
    t.timestamp('decided_at', { useTz: true }).notNullable();
    t.primary(['draft_id', 'item_key']);
    t.check(`?? <> 'rejected' or ?? is not null`, ['decision', 'reason'], 'draft_reviews_reason');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('draft_reviews');
}
