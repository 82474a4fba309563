import type { Knex } from 'knex';
import { migrationSource } from './migration-source';

const config: Knex.MigratorConfig = { migrationSource, tableName: 'knex_migrations' };

/** Runs every pending migration; returns the names applied now. */
export async function migrate(knex: Knex): Promise<string[]> {
  const [, applied] = (await knex.migrate.latest(config)) as [number, string[]];
  return applied;
}

/** Undoes every applied migration (tests check that each `down` really works). */
export async function rollbackAll(knex: Knex): Promise<string[]> {
  const [, undone] = (await knex.migrate.rollback(config, true)) as [number, string[]];
  return undone;
}
