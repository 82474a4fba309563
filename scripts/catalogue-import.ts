import fs from 'node:fs';
import { SingleBar, Presets } from 'cli-progress';
import { importCatalogue } from '../src/services/catalogue/import-catalogue';
import { loadConfig } from '../src/config';
import { withCliDatabase } from './cli-database';

/**
 * npm run catalogue:import -- FILE [--url http://localhost:3000]
 * With --url the document is sent to that running app (POST /api/admin/catalogue, bearer token from
 * ADMIN_TOKEN): the way to import while the app holds the embedded database.
 * Validates FILE with the catalogue loader and replaces the stored catalogue in one transaction.
 * On errors prints each with its JSON path, changes nothing and exits 1. Running app instances
 * on the same PostgreSQL server reload on the change notification.
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const urlAt = args.indexOf('--url');
  const url = urlAt >= 0 ? args[urlAt + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith('--') && (urlAt < 0 || i !== urlAt + 1));
  if (!file || (urlAt >= 0 && !url)) {
    console.error('Usage: npm run catalogue:import -- FILE [--url http://localhost:3000]');
    process.exitCode = 2;
    return;
  }
  let input: unknown;
  try {
    input = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    console.error(`${file}: cannot read JSON: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
    return;
  }
  if (url) {
    process.exitCode = await importOverHttp(file, url, input);
    return;
  }
  await withCliDatabase(async (db) => {
    const bar = process.stdout.isTTY
      ? new SingleBar({ format: 'services {bar} {value}/{total}' }, Presets.shades_classic)
      : undefined;
    const result = await importCatalogue(db, input, {
      assessedOn: loadConfig().assessmentDate,
      actor: 'catalogue:import',
      onProgress: ({ done, total }) => {
        if (!bar) return;
        if (done === 0) bar.start(total, 0);
        else bar.update(done);
      },
    });
    bar?.stop();
    if (!result.ok) {
      console.error(`${file}: ${result.errors.length} error(s); the catalogue was not changed.`);
      for (const error of result.errors) console.error(`  ${error.path}: ${error.message}`);
      return 1;
    }
    const { categories, capabilities, providers, services } = result.counts;
    console.log(
      `Imported ${file}: ${services} services, ${providers} providers, ${categories} categories, ` +
        `${capabilities} capabilities (generation ${result.generation}).`,
    );
    return 0;
  });
}

/** Sends the document to a running app; prints the outcome like a local import. */
async function importOverHttp(file: string, url: string, input: unknown): Promise<number> {
  const token = loadConfig().adminToken;
  if (!token) {
    console.error("Set ADMIN_TOKEN (the same as the running app's) to import over HTTP.");
    return 2;
  }
  const res = await fetch(new URL('/api/admin/catalogue', url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const body = (await res.json().catch(() => ({}))) as {
    counts?: { services: number; providers: number };
    generation?: number;
    error?: { message: string; details: { parameter: string; message: string }[] };
  };
  if (!res.ok) {
    console.error(
      `${file}: ${res.status} ${body.error?.message ?? res.statusText}; the catalogue was not changed.`,
    );
    for (const d of body.error?.details ?? []) console.error(`  ${d.parameter}: ${d.message}`);
    return 1;
  }
  console.log(
    `Imported ${file} into ${url}: ${body.counts?.services} services, ${body.counts?.providers} providers ` +
      `(generation ${body.generation}).`,
  );
  return 0;
}

void main();
