import type { Knex } from 'knex';

/** Comments on a draft by curators and the supplier, in order; `returned` marks a return's message. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('draft_comments', (t) => {
    t.increments('id').primary();
    t.integer('draft_id').notNullable().references('id').inTable('drafts').onDelete('CASCADE');
    t.text('author_id').notNullable();
    t.text('author_email').notNullable();
    t.text('author_role').notNullable();
    t.text('body').notNullable();
    t.boolean('returned').notNullable().defaultTo(false);
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.index(['draft_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('draft_comments');
}
