import fs from 'node:fs';
import readline from 'node:readline';
import type { Knex } from 'knex';
import { MIGRATIONS, migrationSource } from '../migration-source';

/** First line of a logical backup; the tables and the sequences follow, one JSON value a line. */
export interface LogicalBackupHeader {
  format: typeof LOGICAL_FORMAT;
  version: 1;
  createdAt: string;
  /** Migrations applied to the database that was backed up, in order. */
  migrations: string[];
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
}

export const LOGICAL_FORMAT = 'cloudmarkt-logical-backup';
const MIGRATION_TABLES = ['knex_migrations', 'knex_migrations_lock'];
const ROWS_PER_INSERT = 1000;

/** The base tables of the current schema, parents before the tables that reference them. */
export async function listTables(knex: Knex): Promise<string[]> {
  const tables = await knex.raw<{ rows: { name: string }[] }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = current_schema() and c.relkind in ('r', 'p') order by 1`,
  );
  const edges = await knex.raw<{ rows: { child: string; parent: string }[] }>(
    `select child.relname as child, parent.relname as parent from pg_constraint k
     join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid
     join pg_namespace n on n.oid = child.relnamespace
     where k.contype = 'f' and n.nspname = current_schema() and child.oid <> parent.oid`,
  );
  const names = tables.rows.map((r) => r.name);
  const ordered: string[] = [];
  const visit = (name: string, path: Set<string>): void => {
    if (ordered.includes(name) || path.has(name)) return;
    path.add(name);
    for (const e of edges.rows) if (e.child === name) visit(e.parent, path);
    ordered.push(name);
  };
  for (const name of names) visit(name, new Set());
  return ordered;
}

async function insertableColumns(knex: Knex, table: string): Promise<string[]> {
  const result = await knex.raw<{ rows: { name: string }[] }>(
    `select column_name as name from information_schema.columns
     where table_schema = current_schema() and table_name = ? and is_generated = 'NEVER'
     order by ordinal_position`,
    [table],
  );
  return result.rows.map((r) => r.name);
}

async function readSequences(knex: Knex): Promise<LogicalBackupHeader['sequences']> {
  const names = await knex.raw<{ rows: { name: string }[] }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = current_schema() and c.relkind = 'S' order by 1`,
  );
  const sequences: LogicalBackupHeader['sequences'] = [];
  for (const { name } of names.rows) {
    const state = await knex.raw<{ rows: { last_value: string; is_called: boolean }[] }>(
      'select last_value::text as last_value, is_called from ??',
      [name],
    );
    const row = state.rows[0];
    if (row) sequences.push({ name, lastValue: row.last_value, isCalled: row.is_called });
  }
  return sequences;
}

async function appliedMigrations(knex: Knex): Promise<string[]> {
  if (!(await knex.schema.hasTable('knex_migrations'))) return [];
  const rows = await knex('knex_migrations').select('name').orderBy('id');
  return rows.map((r: { name: string }) => r.name);
}

/**
 * Writes every table of the current schema as JSON lines: a header (migrations, sequences), then
 * per table `{"table", "rows"}` and one `row_to_json` text a row. Values are never parsed in
 * JavaScript, so numbers, timestamps and jsonb come back exactly as PostgreSQL wrote them. One
 * repeatable-read transaction: a consistent snapshot while the app keeps writing.
 */
export async function writeLogicalBackup(
  knex: Knex,
  file: string,
): Promise<{ tables: number; rows: number }> {
  const out = fs.createWriteStream(file);
  const write = (line: string): Promise<void> =>
    new Promise((resolve, reject) => {
      out.write(`${line}\n`, (err) => (err ? reject(err) : resolve()));
    });
  let rows = 0;
  let tables = 0;
  // Checked before the transaction: its first statement must be the lock, which takes no snapshot.
  const hasCatalogue = (await listTables(knex)).includes('catalogue_meta');
  try {
    await knex.transaction(
      async (trx) => {
        // An import or approval truncates the catalogue tables, which a snapshot taken before its
        // commit would see empty: wait for one in progress and keep the next out (as
        // lockCatalogueForReading in the catalogue repository does for the read model).
        if (hasCatalogue) await trx.raw('lock table catalogue_meta in access share mode');
        const header: LogicalBackupHeader = {
          format: LOGICAL_FORMAT,
          version: 1,
          createdAt: new Date().toISOString(),
          migrations: await appliedMigrations(trx),
          sequences: await readSequences(trx),
        };
        await write(JSON.stringify(header));
        for (const table of await listTables(trx)) {
          const result = await trx.raw<{ rows: { r: string }[] }>(
            'select row_to_json(t)::text as r from ?? as t',
            [table],
          );
          await write(JSON.stringify({ table, rows: result.rows.length }));
          for (const { r } of result.rows) await write(r);
          rows += result.rows.length;
          tables++;
        }
      },
      { isolationLevel: 'repeatable read' },
    );
  } finally {
    await new Promise<void>((resolve) => out.end(resolve));
  }
  return { tables, rows };
}

interface ParsedBackup {
  header: LogicalBackupHeader;
  tables: { table: string; rows: string[] }[];
}

/** Reads and checks a whole logical backup before anything is changed. */
export async function readLogicalBackup(file: string): Promise<ParsedBackup> {
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let header: LogicalBackupHeader | undefined;
  const tables: ParsedBackup['tables'] = [];
  let expecting = 0;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (!header) {
      const parsed = JSON.parse(line) as LogicalBackupHeader;
      if (parsed.format !== LOGICAL_FORMAT || parsed.version !== 1)
        throw new Error(`${file} is not a Cloudmarkt backup (format ${String(parsed.format)})`);
      header = parsed;
    } else if (expecting > 0) {
      tables[tables.length - 1]?.rows.push(line);
      expecting--;
    } else if (line !== '') {
      const marker = JSON.parse(line) as { table?: unknown; rows?: unknown };
      if (typeof marker.table !== 'string' || typeof marker.rows !== 'number')
        throw new Error(`${file}:${lineNumber}: expected a table marker`);
      tables.push({ table: marker.table, rows: [] });
      expecting = marker.rows;
    }
  }
  if (!header) throw new Error(`${file} is empty`);
  if (expecting > 0)
    throw new Error(`${file} is cut short: ${expecting} row(s) of the last table are missing`);
  const known = MIGRATIONS.map(([name]) => name);
  const prefix = header.migrations.every((name, i) => known[i] === name);
  if (!prefix)
    throw new Error(
      `${file} was made by another version (migrations ${header.migrations.join(', ')}); ` +
        'restore it with the version that made it, then upgrade',
    );
  return { header, tables };
}

/** True when no table of the current schema holds a row (the migrations' own tables aside). */
export async function isDatabaseEmpty(knex: Knex): Promise<boolean> {
  for (const table of await listTables(knex)) {
    if (MIGRATION_TABLES.includes(table)) continue;
    const found = await knex.raw<{ rows: unknown[] }>('select 1 from ?? limit 1', [table]);
    if (found.rows.length > 0) return false;
  }
  return true;
}

/**
 * Restores a logical backup into the current schema in one transaction: drops what is there,
 * applies the backup's migrations (never more: the app upgrades on start as usual), loads every
 * table and sets every sequence. A failure rolls everything back.
 */
export async function restoreLogicalBackup(
  knex: Knex,
  backup: ParsedBackup,
): Promise<{ tables: number; rows: number }> {
  let rows = 0;
  await knex.transaction(async (trx) => {
    for (const table of (await listTables(trx)).reverse()) await trx.raw('drop table ?? cascade', [table]);
    const config: Knex.MigratorConfig = { migrationSource, tableName: 'knex_migrations' };
    for (let i = 0; i < backup.header.migrations.length; i++) await trx.migrate.up(config);
    for (const table of MIGRATION_TABLES) if (await trx.schema.hasTable(table)) await trx(table).del();
    for (const { table, rows: lines } of backup.tables) {
      const columns = await insertableColumns(trx, table);
      if (columns.length === 0)
        throw new Error(`table ${table} of the backup does not exist after migrating`);
      const list = columns.map(() => '??').join(', ');
      for (let at = 0; at < lines.length; at += ROWS_PER_INSERT) {
        const chunk = `[${lines.slice(at, at + ROWS_PER_INSERT).join(',')}]`;
        await trx.raw(
          `insert into ?? (${list}) overriding system value select ${list} from json_populate_recordset(null::??, ?::json)`,
          [table, ...columns, ...columns, table, chunk],
        );
      }
      rows += lines.length;
    }
    for (const s of backup.header.sequences)
      await trx.raw('select setval(quote_ident(?::text)::regclass, ?::bigint, ?::boolean)', [
        s.name,
        s.lastValue,
        s.isCalled,
      ]);
  });
  return { tables: backup.tables.length, rows };
}
