import type { Knex } from 'knex';

/** Certificates, attestations and labels of a service, in document order; sources in `sources`. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('evidence', (t) => {
    t.integer('id').primary();
    t.text('service_id').notNullable().references('id').inTable('services').onDelete('CASCADE');
    t.integer('position').notNullable();
    t.text('scheme').notNullable();
    t.text('level');
    t.text('status');
    t.text('version');
    t.text('scope');
    t.boolean('covers_service');
    t.text('issuer');
    t.text('reference');
    t.date('valid_until');
    t.unique(['service_id', 'position']);
    t.index(['scheme']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('evidence');
}
