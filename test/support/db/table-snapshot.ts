import type { Knex } from 'knex';
import { listTables } from '../../../src/db/backup/logical-backup';

/** Every row of a table as PostgreSQL prints it (row_to_json), sorted: equal means the same rows. */
export type TableSnapshot = Record<string, string[]>;

/**
 * Every table of the current schema, whatever tables the migrations made, plus the state of every
 * sequence (as `sequence:NAME`): new tables are compared without anyone listing them.
 */
export async function snapshotTables(knex: Knex): Promise<TableSnapshot> {
  const snapshot: TableSnapshot = {};
  for (const table of await listTables(knex)) {
    const result = await knex.raw<{ rows: { r: string }[] }>(
      'select row_to_json(t)::text as r from ?? as t',
      [table],
    );
    snapshot[table] = result.rows.map((row) => row.r).sort();
  }
  const sequences = await knex.raw<{ rows: { name: string }[] }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = current_schema() and c.relkind = 'S'`,
  );
  for (const { name } of sequences.rows) {
    const state = await knex.raw<{ rows: { r: string }[] }>(
      "select last_value::text || ' ' || is_called::text as r from ??",
      [name],
    );
    snapshot[`sequence:${name}`] = state.rows.map((row) => row.r);
  }
  return snapshot;
}

/** Tables of a snapshot without a row (sequences aside). */
export function emptyTables(snapshot: TableSnapshot): string[] {
  return Object.entries(snapshot)
    .filter(([name, rows]) => !name.startsWith('sequence:') && rows.length === 0)
    .map(([name]) => name);
}
