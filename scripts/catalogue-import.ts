import fs from 'node:fs';
import { SingleBar, Presets } from 'cli-progress';
import { importCatalogue } from '../src/services/catalogue/import-catalogue';
import { withCliDatabase } from './cli-database';

/**
 * npm run catalogue:import -- FILE
 * Validates FILE with the catalogue loader and replaces the stored catalogue in one transaction.
 * On errors prints each with its JSON path, changes nothing and exits 1. Running app instances
 * on the same PostgreSQL server reload on the change notification.
 */
async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: npm run catalogue:import -- FILE');
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
  await withCliDatabase(async (db) => {
    const bar = process.stdout.isTTY
      ? new SingleBar({ format: 'services {bar} {value}/{total}' }, Presets.shades_classic)
      : undefined;
    const result = await importCatalogue(db, input, ({ done, total }) => {
      if (!bar) return;
      if (done === 0) bar.start(total, 0);
      else bar.update(done);
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

void main();
