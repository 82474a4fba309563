import type { Knex } from 'knex';

/**
 * Drafts and submissions of suppliers (and curators' own corrections): one record each, a provider's
 * own record or one service, with the published version it is based on. At most one open draft per
 * record. No foreign key to the catalogue: an import may remove a record, and no draft is lost then.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('drafts', (t) => {
    t.increments('id').primary();
    t.text('provider_id').notNullable();
    t.text('subject_kind').notNullable().checkIn(['provider', 'service'], 'drafts_subject_kind');
    t.text('subject_id').notNullable();
    t.text('status')
      .notNullable()
      .defaultTo('draft')
      .checkIn(['draft', 'submitted', 'returned', 'approved'], 'drafts_status');
    t.jsonb('base_record');
    t.jsonb('record').notNullable();
    t.text('author_id').notNullable();
    t.text('author_email').notNullable();
    t.text('author_role').notNullable();
    t.integer('revision').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.timestamp('submitted_at', { useTz: true });
    t.timestamp('decided_at', { useTz: true });
    t.text('decided_by');
    t.integer('published_generation');
    t.index(['provider_id']);
    t.index(['status', 'submitted_at']);
  });
  await knex.raw(
    `create unique index drafts_one_open_per_record on drafts (subject_kind, subject_id)
     where status in ('draft', 'submitted', 'returned')`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('drafts');
}
