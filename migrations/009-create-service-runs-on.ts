import type { Knex } from 'knex';

/** Supply chain: the services of the catalogue a service is built on (`runsOn`), in order. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('service_runs_on', (t) => {
    t.text('service_id').notNullable().references('id').inTable('services').onDelete('CASCADE');
    t.text('runs_on_id').notNullable().references('id').inTable('services').onDelete('CASCADE');
    t.integer('position').notNullable();
    t.primary(['service_id', 'runs_on_id']);
    t.index(['runs_on_id']);
    t.check('?? <> ??', ['service_id', 'runs_on_id'], 'service_runs_on_not_itself');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('service_runs_on');
}
