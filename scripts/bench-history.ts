import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase, type Database } from '../src/db/database';
import { migrate } from '../src/db/migrate';
import { importCatalogue } from '../src/services/catalogue/import-catalogue';
import { listChangeItems } from '../src/repositories/history.repository';
import { emptyFilterQuery, type FilterQuery } from '../src/domain/filters';
import { selectionConditions } from '../src/domain/history/selection-tokens';
import { changeCatalogue } from './bench/change-catalogue';
import { generateCatalogue } from './generate-catalogue';

/**
 * History size benchmark (issue 16): imports COUNT synthetic services, then a copy with FRACTION of
 * the services changed, and prints how many history rows and bytes each import added, how long the
 * imports took, and what a /changes query costs in the database. History must grow with the change,
 * not with the catalogue. A temporary PGlite folder, or a temporary schema on DATABASE_URL.
 * Usage: node --import tsx scripts/bench-history.ts [COUNT] [FRACTION]
 */
async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 40000);
  const fraction = Number(process.argv[3] ?? 0.05);
  const url = process.env.DATABASE_URL;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudmarkt-bench-history-'));
  const schema = `bench_history_${process.pid}`;
  const db = await createDatabase(url ? { url, searchPath: schema } : { pgliteDir: dir });
  try {
    if (url) await db.knex.raw('create schema ??', [schema]);
    await migrate(db.knex);
    const first = generateCatalogue(count, 42);
    const { document: second, edited } = changeCatalogue(first, fraction);
    console.log(
      `${db.kind}: ${count} services; the second import edits ${edited} of them (${fraction * 100}%)`,
    );

    let before = await historySize(db);
    for (const [label, doc] of [
      ['first import', first],
      ['second import (changed copy)', second],
      ['third import (the first again)', first],
    ] as const) {
      const started = performance.now();
      const result = await importCatalogue(db, doc, { assessedOn: '2026-11-30' });
      if (!result.ok) throw new Error(`invalid: ${JSON.stringify(result.errors.slice(0, 3))}`);
      const after = await historySize(db);
      console.log(
        `${label}: ${((performance.now() - started) / 1000).toFixed(1)} s; history +${after.changes - before.changes} change(s), ` +
          `+${after.items - before.items} items → ${after.items} item rows in all; detail+tokens ${kb(after.payloadBytes - before.payloadBytes)} added; ` +
          `tables now ${kb(after.tableBytes)} (with indexes)`,
      );
      before = after;
    }
    const selections: [string, FilterQuery][] = [
      ['/changes (first page)', emptyFilterQuery()],
      ['/changes?lot=infrastructure&level=1', { ...emptyFilterQuery(), lot: ['infrastructure'], level: 1 }],
    ];
    for (const [label, filter] of selections) {
      const query = { conditions: selectionConditions(filter) };
      const times: number[] = [];
      for (let i = 0; i < 20; i++) {
        const started = performance.now();
        await listChangeItems(db.knex, { ...query, limit: 20, offset: 0 });
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      console.log(
        `query ${label}: median ${times[10].toFixed(1)} ms, max ${times[19].toFixed(1)} ms (database only)`,
      );
    }
  } finally {
    if (url) await db.knex.raw('drop schema if exists ?? cascade', [schema]);
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function historySize(
  db: Database,
): Promise<{ changes: number; items: number; payloadBytes: number; tableBytes: number }> {
  const one = async (sql: string) => Number(((await db.knex.raw(sql)).rows[0] as { n: unknown }).n ?? 0);
  return {
    changes: await one('select count(*) as n from catalogue_changes'),
    items: await one('select count(*) as n from catalogue_change_items'),
    payloadBytes: await one(
      'select coalesce(sum(pg_column_size(detail) + pg_column_size(tokens)), 0) as n from catalogue_change_items',
    ),
    tableBytes: await one(
      "select pg_total_relation_size('catalogue_changes') + pg_total_relation_size('catalogue_change_items') as n",
    ),
  };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;

void main();
