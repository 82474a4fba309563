import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import stringify from 'safe-stable-stringify';
import type { Database } from '../src/db/database';
import type { CatalogueDocument } from '../src/domain/catalogue.types';
import type { Logger } from '../src/logger';
import { PROJECT_ROOT } from '../src/paths';
import {
  readCatalogue,
  readCatalogueOrigin,
  recordCatalogueOrigin,
  type StoredOrigin,
} from '../src/repositories/catalogue.repository';
import { importCatalogue } from '../src/services/catalogue/import-catalogue';

/** The reference catalogue shipped with the project (read from the source tree, also in a build). */
export const REFERENCE_CATALOGUE_FILE = path.join(PROJECT_ROOT, 'seeds', 'data', 'catalogue.json');

/**
 * Content hashes of reference catalogues shipped before origins were recorded (migration 014): a
 * database holding exactly one of them is an unmodified reference catalogue and may be updated.
 */
export const EARLIER_REFERENCE_HASHES: readonly string[] = [
  // publishedOn 2026-11-28 (49 services from 36 providers)
  '156cfb272c65a8fe4bcb10a4e56e89dcbba789ddbdb99f5cc61729e62f97a368',
];

/** SHA-256 of a catalogue document with its keys sorted: equal documents, equal hashes. */
export function catalogueHash(document: unknown): string {
  return createHash('sha256')
    .update(stringify(document) ?? '')
    .digest('hex');
}

/** What start-up did with the reference catalogue. */
export type ReferenceOutcome =
  /** The database was empty; the reference catalogue was loaded. */
  | { action: 'loaded'; version: string; generation: number }
  /** An unmodified older reference catalogue was replaced by the shipped one. */
  | { action: 'updated'; from: string; version: string; generation: number }
  /** The database holds the shipped reference catalogue already. */
  | { action: 'current'; version: string }
  /** The stored catalogue was kept: imported or modified, or not older than the shipped one. */
  | { action: 'kept'; reason: 'import' | 'modified' | 'not-older'; stored: string; version: string };

interface ShippedReference {
  document: CatalogueDocument;
  hash: string;
  version: string;
}

function versionOf(publishedOn: string | null | undefined, hash: string | null): string {
  return `${publishedOn ?? 'undated'}${hash ? ` (${hash.slice(0, 12)})` : ''}`;
}

function readShipped(file: string): ShippedReference {
  const document = JSON.parse(fs.readFileSync(file, 'utf8')) as CatalogueDocument;
  const hash = catalogueHash(document);
  return { document, hash, version: versionOf(document.publishedOn, hash) };
}

/**
 * Whether the stored catalogue is a reference catalogue nobody changed. A catalogue stored before
 * origins were recorded counts as one only when its content is exactly a shipped reference
 * catalogue; its origin is then recorded, so the comparison runs once.
 */
async function unmodifiedReference(
  db: Database,
  stored: StoredOrigin,
  known: readonly string[],
): Promise<{ unmodified: boolean; hash: string | null }> {
  if (stored.modifiedAt) return { unmodified: false, hash: stored.referenceHash };
  if (stored.origin === 'reference') return { unmodified: true, hash: stored.referenceHash };
  if (stored.origin === 'import') return { unmodified: false, hash: null };
  const hash = catalogueHash(await readCatalogue(db.knex));
  const unmodified = known.includes(hash);
  await recordCatalogueOrigin(db.knex, unmodified ? { kind: 'reference', hash } : { kind: 'import' });
  return { unmodified, hash: unmodified ? hash : null };
}

async function load(db: Database, shipped: ShippedReference, assessedOn?: string): Promise<number> {
  // Recorded in the history as the reference catalogue (cause 'reference').
  const result = await importCatalogue(db, shipped.document, {
    origin: { kind: 'reference', hash: shipped.hash },
    assessedOn,
    audit: { actor: null, via: 'seed' },
  });
  if (!result.ok) {
    const first = result.errors
      .slice(0, 5)
      .map((e) => `${e.path}: ${e.message}`)
      .join('; ');
    throw new Error(`The reference catalogue is invalid (${result.errors.length} errors): ${first}`);
  }
  return result.generation;
}

/**
 * Brings the stored catalogue up to date with the reference catalogue shipped with the app, in one
 * call at start-up: loads it into an empty database; replaces an unmodified reference catalogue
 * with a newer shipped one (one transaction, a new generation, so every instance swaps); never
 * replaces an imported or modified catalogue, and logs that a newer reference exists instead.
 */
export async function seedReferenceCatalogue(
  db: Database,
  logger: Logger,
  file = REFERENCE_CATALOGUE_FILE,
  earlier: readonly string[] = EARLIER_REFERENCE_HASHES,
  assessedOn?: string,
): Promise<ReferenceOutcome> {
  const shipped = readShipped(file);
  const stored = await readCatalogueOrigin(db.knex);
  if (!stored || stored.generation === 0) {
    const generation = await load(db, shipped, assessedOn);
    logger.info(
      { version: shipped.version, generation },
      'reference catalogue loaded into the empty database',
    );
    return { action: 'loaded', version: shipped.version, generation };
  }
  const { unmodified, hash } = await unmodifiedReference(db, stored, [...earlier, shipped.hash]);
  const storedVersion = versionOf(stored.publishedOn, hash);
  if (unmodified && hash === shipped.hash) return { action: 'current', version: shipped.version };
  const newer = (shipped.document.publishedOn ?? '') > (stored.publishedOn ?? '');
  if (unmodified && newer) {
    const generation = await load(db, shipped, assessedOn);
    logger.info(
      { from: storedVersion, to: shipped.version, generation },
      'reference catalogue updated to the newer shipped version',
    );
    return { action: 'updated', from: storedVersion, version: shipped.version, generation };
  }
  const reason = !unmodified ? (stored.modifiedAt ? 'modified' : 'import') : 'not-older';
  const context = { stored: storedVersion, shipped: shipped.version, reason, modifiedBy: stored.modifiedBy };
  if (newer) logger.warn(context, 'a newer reference catalogue exists; the stored catalogue is kept');
  else if (reason === 'not-older')
    logger.warn(context, 'the shipped reference catalogue differs but is not newer; the stored one is kept');
  return { action: 'kept', reason, stored: storedVersion, version: shipped.version };
}
