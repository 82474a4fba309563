import type { Knex } from 'knex';

interface Definition {
  table: string;
  name: string;
  definition: string;
}

/**
 * Runs a bulk load into `tables` with their foreign keys, unique constraints and secondary indexes
 * dropped, then puts them back exactly as the migrations made them (definitions are read from the
 * catalog, so nothing is repeated here). Checking them once over the loaded rows is several times
 * cheaper than maintaining them row by row. Must run inside a transaction: a failure, including a
 * constraint that no longer holds, rolls back the drop as well.
 */
export async function withConstraintsSuspended<T>(
  trx: Knex.Transaction,
  tables: readonly string[],
  load: () => Promise<T>,
): Promise<T> {
  const oids = tables.map((t) => `'"${t}"'::regclass`).join(', ');
  const constraints = await definitions(
    trx,
    `select conrelid::regclass::text as "table", conname as name, pg_get_constraintdef(oid) as definition
     from pg_constraint where contype in ('f', 'u') and conrelid in (${oids})
     order by contype desc, conname`,
  );
  const indexes = await definitions(
    trx,
    `select indrelid::regclass::text as "table", indexrelid::regclass::text as name,
       pg_get_indexdef(indexrelid) as definition
     from pg_index where indrelid in (${oids}) and not indisprimary
       and indexrelid not in (select conindid from pg_constraint where conindid <> 0)
     order by 2`,
  );
  // The list holds unique constraints, then foreign keys: drop in reverse, as a foreign key may
  // rely on a unique constraint, and add back in order.
  for (const c of [...constraints].reverse())
    await trx.raw(`alter table ${c.table} drop constraint "${c.name}"`);
  for (const i of indexes) await trx.raw(`drop index ${i.name}`);

  const result = await load();

  for (const i of indexes) await trx.raw(i.definition);
  for (const c of constraints)
    await trx.raw(`alter table ${c.table} add constraint "${c.name}" ${c.definition}`);
  return result;
}

async function definitions(trx: Knex.Transaction, sql: string): Promise<Definition[]> {
  const result = await trx.raw<{ rows: Definition[] }>(sql);
  return result.rows;
}
