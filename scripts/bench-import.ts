import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDatabase } from '../src/db/database';
import { migrate } from '../src/db/migrate';
import { exportCatalogue } from '../src/services/catalogue/export-catalogue';
import { importCatalogue } from '../src/services/catalogue/import-catalogue';
import { generateCatalogue } from './generate-catalogue';

/**
 * Import benchmark: generates COUNT synthetic services, validates and imports them into a fresh
 * database (a temporary PGlite folder, or a temporary schema on DATABASE_URL), reads them back,
 * and prints wall and CPU time.
 * Usage: node --import tsx scripts/bench-import.ts [COUNT]
 */
async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 40000);
  const url = process.env.DATABASE_URL;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cloudmarkt-bench-'));
  // On a server, a schema of its own: never touch a catalogue someone else keeps there.
  const schema = `bench_${process.pid}`;
  const db = await createDatabase(url ? { url, searchPath: schema } : { pgliteDir: dir });
  try {
    if (url) await db.knex.raw('create schema ??', [schema]);
    await migrate(db.knex);
    let started = performance.now();
    cpuAtStart = process.cpuUsage();
    const document = generateCatalogue(count, 42);
    console.log(`generated ${count} services in ${ms(started)}`);
    started = performance.now();
    const result = await importCatalogue(db, document);
    if (!result.ok) throw new Error(`invalid: ${JSON.stringify(result.errors.slice(0, 5))}`);
    console.log(`${db.kind}: validated and imported ${count} services in ${ms(started)}`);
    started = performance.now();
    const read = await exportCatalogue(db);
    console.log(`${db.kind}: read back ${read.services.length} services in ${ms(started)}`);
    console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    if (url) await db.knex.raw('drop schema if exists ?? cascade', [schema]);
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

let cpuAtStart = process.cpuUsage();
/** Wall time since `since`, and this process's CPU time since the previous call (PGlite runs in-process). */
const ms = (since: number): string => {
  const cpu = process.cpuUsage(cpuAtStart);
  cpuAtStart = process.cpuUsage();
  return `${((performance.now() - since) / 1000).toFixed(1)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s)`;
};

void main();
