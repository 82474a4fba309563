import fs from 'node:fs';
import { validateCatalogue } from '../src/services/catalogue/catalogue-loader';
import { exportCatalogue, serializeCatalogue } from '../src/services/catalogue/export-catalogue';
import { withCliDatabase } from './cli-database';

/**
 * npm run catalogue:export -- FILE
 * Writes the stored catalogue as one document valid against the catalogue schema ('-' for stdout).
 */
async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: npm run catalogue:export -- FILE   (FILE - writes to standard output)');
    process.exitCode = 2;
    return;
  }
  await withCliDatabase(async (db) => {
    const document = await exportCatalogue(db);
    // A document that would not import again is a bug; refuse to write it rather than hide it.
    const validation = validateCatalogue(document);
    if (!validation.ok) {
      console.error('The stored catalogue does not validate; nothing written:');
      for (const error of validation.errors) console.error(`  ${error.path}: ${error.message}`);
      return 1;
    }
    const text = serializeCatalogue(document);
    if (file === '-') process.stdout.write(text);
    else {
      fs.writeFileSync(file, text);
      console.error(`Exported ${document.services.length} services to ${file}.`);
    }
    return 0;
  });
}

void main();
