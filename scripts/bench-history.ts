import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase, type Database } from '../src/db/database';
import { migrate } from '../src/db/migrate';
import type { CatalogueDocument } from '../src/domain/catalogue.types';
import { readCatalogueSnapshot } from '../src/repositories/catalogue.repository';
import { CatalogueStore } from '../src/services/catalogue/catalogue-store';
import { importCatalogue } from '../src/services/catalogue/import-catalogue';
import { listChangeItems } from '../src/repositories/history.repository';
import { emptyFilterQuery, type FilterQuery } from '../src/domain/filters';
import { selectionConditions } from '../src/domain/history/selection-tokens';
import { changeCatalogue } from './bench/change-catalogue';
import { generateCatalogue } from './generate-catalogue';

/**
 * History size benchmark (issue 16): imports COUNT synthetic services (marketplace shape), then a copy with FRACTION of
 * the services changed, then the first again, and prints how many history rows and bytes each import
 * added, how long the imports took, and what a /changes query costs in the database. History must
 * grow with the change, not with the catalogue. Runs twice, each on a fresh database (a temporary
 * PGlite folder, or a temporary schema on DATABASE_URL): as the CLI imports (the catalogue before
 * is read back from the database and assessed) and as the running app imports (its catalogue store
 * holds the current generation and its assessments; reloaded after each import, as on the
 * notification). Pass `cli` or `app` as MODE to run one of them only.
 * Usage: node --import tsx scripts/bench-history.ts [COUNT] [FRACTION] [MODE]
 */
async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 40000);
  const fraction = Number(process.argv[3] ?? 0.05);
  const modes = process.argv[4] ? [process.argv[4] as Mode] : (['cli', 'app'] as const);
  const first = generateCatalogue(count, 42, 'marketplace');
  const { document: second, edited } = changeCatalogue(first, fraction);
  console.log(`${count} services; the second import edits ${edited} of them (${fraction * 100}%)`);
  for (const mode of modes) await run(mode, [first, second]);
}

type Mode = 'cli' | 'app';

async function run(mode: Mode, [first, second]: CatalogueDocument[]): Promise<void> {
  const url = process.env.DATABASE_URL;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudmarkt-bench-history-'));
  const schema = `bench_history_${process.pid}_${mode}`;
  const db = await createDatabase(url ? { url, searchPath: schema } : { pgliteDir: dir });
  try {
    if (url) await db.knex.raw('create schema ??', [schema]);
    await migrate(db.knex);
    console.log(
      `\n${db.kind}, ${mode === 'cli' ? 'as the CLI imports' : 'as the app imports (store held)'}:`,
    );
    const store = new CatalogueStore({ read: () => readCatalogueSnapshot(db.knex) }, () => ASSESSED_ON);
    const held = mode === 'app' ? () => store.held() : undefined;
    let before = await historySize(db);
    for (const [label, doc] of [
      ['first import', first],
      ['second import (changed copy)', second],
      ['third import (the first again)', first],
    ] as const) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const result = await importCatalogue(db, doc, { assessedOn: ASSESSED_ON, held });
      if (!result.ok) throw new Error(`invalid: ${JSON.stringify(result.errors.slice(0, 3))}`);
      // CPU time too: PGlite runs in this process, and on a shared machine wall time varies.
      const used = process.cpuUsage(cpu);
      const seconds = `${((performance.now() - started) / 1000).toFixed(1)} s (CPU ${((used.user + used.system) / 1e6).toFixed(1)} s)`;
      const after = await historySize(db);
      console.log(
        `${label}: ${seconds}; history +${after.changes - before.changes} change(s), ` +
          `+${after.items - before.items} items → ${after.items} item rows in all; detail+tokens ${kb(after.payloadBytes - before.payloadBytes)} added; ` +
          `tables now ${kb(after.tableBytes)} (with indexes)`,
      );
      before = after;
      if (mode === 'app') {
        const reloading = performance.now();
        await store.reload();
        console.log(
          `  store reload (after the import, as on its notification): ${((performance.now() - reloading) / 1000).toFixed(1)} s`,
        );
      }
    }
    if (mode === 'cli') await timeQueries(db);
  } finally {
    if (url) await db.knex.raw('drop schema if exists ?? cascade', [schema]);
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const ASSESSED_ON = '2026-11-30';

async function timeQueries(db: Database): Promise<void> {
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
