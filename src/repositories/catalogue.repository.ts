import type { Knex } from 'knex';
import type { CatalogueDocument } from '../domain/catalogue.types';
import { assembleCatalogue } from './catalogue/catalogue-assembly';
import { selectCatalogueRows } from './catalogue/catalogue-queries';
import { IdCounter, providerRows, runsOnRows, serviceRows } from './catalogue/catalogue-rows';
import { bulkInsert } from './catalogue/bulk-insert';
import { withConstraintsSuspended } from './catalogue/suspended-constraints';

/**
 * Where a catalogue comes from: the reference catalogue shipped with the app (identified by the
 * SHA-256 of its document) or an import by someone else.
 */
export type CatalogueOrigin = { kind: 'reference'; hash: string } | { kind: 'import' };

export interface ImportProgress {
  /** Services written so far. */
  done: number;
  total: number;
}

/** Services converted and written per step, so memory stays flat for large documents. */
const SERVICE_CHUNK = 2000;

/** Every catalogue table, children first; TRUNCATE of them all is one statement. */
const CATALOGUE_TABLES = [
  'sources',
  'facts',
  'evidence',
  'service_runs_on',
  'service_capabilities',
  'service_categories',
  'services',
  'providers',
  'capability_replacements',
  'capabilities',
  'categories',
];

/**
 * Replaces the whole catalogue with `document` inside the caller's transaction and bumps the
 * generation. The document must have passed the catalogue loader. Returns the new generation.
 */
export async function replaceCatalogue(
  trx: Knex.Transaction,
  document: CatalogueDocument,
  onProgress?: (progress: ImportProgress) => void,
  origin: CatalogueOrigin = { kind: 'import' },
): Promise<number> {
  // Readers (readCatalogueSnapshot) touch catalogue_meta first; taking it first here too means an
  // import and a concurrent reload queue behind each other instead of deadlocking on the tables.
  await trx.raw('lock table catalogue_meta in access exclusive mode');
  await trx.raw(`truncate table ${CATALOGUE_TABLES.map((t) => `"${t}"`).join(', ')}`);
  const generation = await bumpGeneration(trx, document, origin);
  await withConstraintsSuspended(trx, CATALOGUE_TABLES, () => insertCatalogue(trx, document, onProgress));
  return generation;
}

async function insertCatalogue(
  trx: Knex.Transaction,
  document: CatalogueDocument,
  onProgress?: (progress: ImportProgress) => void,
): Promise<void> {
  const total = document.services.length;

  await bulkInsert(
    trx,
    'categories',
    document.categories.map((c, position) => ({
      id: c.id,
      position,
      lot: c.lot,
      name: c.name,
      description: c.description ?? null,
    })),
  );
  await bulkInsert(
    trx,
    'capabilities',
    document.capabilities.map((c, position) => ({ id: c.id, position, name: c.name })),
  );
  await bulkInsert(
    trx,
    'capability_replacements',
    document.capabilities.flatMap((c) =>
      (c.replaces ?? []).map((name, position) => ({ capability_id: c.id, position, name })),
    ),
  );

  const ids = new IdCounter();
  const providers = providerRows(document.providers, ids);
  await bulkInsert(trx, 'providers', providers.providers);
  await bulkInsert(trx, 'facts', providers.facts);
  await bulkInsert(trx, 'sources', providers.sources);

  onProgress?.({ done: 0, total });
  for (let start = 0; start < total; start += SERVICE_CHUNK) {
    const rows = serviceRows(document.services.slice(start, start + SERVICE_CHUNK), start, ids);
    await bulkInsert(trx, 'services', rows.services);
    await bulkInsert(trx, 'service_categories', rows.serviceCategories);
    await bulkInsert(trx, 'service_capabilities', rows.serviceCapabilities);
    await bulkInsert(trx, 'facts', rows.facts);
    await bulkInsert(trx, 'evidence', rows.evidence);
    await bulkInsert(trx, 'sources', rows.sources);
    onProgress?.({ done: Math.min(start + SERVICE_CHUNK, total), total });
  }
  await bulkInsert(trx, 'service_runs_on', runsOnRows(document));
}

async function bumpGeneration(
  trx: Knex.Transaction,
  document: CatalogueDocument,
  origin: CatalogueOrigin,
): Promise<number> {
  const meta = {
    schema_version: document.schemaVersion,
    title: document.title ?? null,
    published_on: document.publishedOn ?? null,
    imported_at: new Date(),
    origin: origin.kind,
    reference_hash: origin.kind === 'reference' ? origin.hash : null,
    // A freshly loaded catalogue is as its document says, whatever changed the one it replaces.
    modified_at: null,
    modified_by: null,
  };
  const [row] = await trx('catalogue_meta')
    .insert({ id: 1, ...meta, generation: 1 })
    .onConflict('id')
    .merge({ ...meta, generation: trx.raw('catalogue_meta.generation + 1') as unknown as number })
    .returning('generation');
  return row.generation;
}

/** What is recorded about the stored catalogue's origin (see migration 014). */
export interface StoredOrigin {
  generation: number;
  publishedOn: string | null;
  /** null: stored before origins were recorded. */
  origin: 'reference' | 'import' | null;
  referenceHash: string | null;
  modifiedAt: Date | null;
  modifiedBy: string | null;
}

/** The stored catalogue's origin, or undefined before the first import. */
export async function readCatalogueOrigin(knex: Knex): Promise<StoredOrigin | undefined> {
  const row = await knex('catalogue_meta')
    .first('generation', 'published_on', 'origin', 'reference_hash', 'modified_at', 'modified_by')
    .where({ id: 1 });
  if (!row) return undefined;
  return {
    generation: row.generation,
    publishedOn: row.published_on,
    origin: row.origin,
    referenceHash: row.reference_hash,
    modifiedAt: row.modified_at,
    modifiedBy: row.modified_by,
  };
}

/**
 * Records that the stored catalogue no longer equals the document it was loaded from (call it in
 * the transaction that changes catalogue rows, e.g. when a supplier submission is approved), so
 * start-up never replaces it with a newer reference catalogue. `by` says what changed it.
 */
export async function markCatalogueModified(knex: Knex, by: string): Promise<void> {
  await knex('catalogue_meta').update({ modified_at: new Date(), modified_by: by }).where({ id: 1 });
}

/** Records the origin of a catalogue stored before origins were recorded (no new generation). */
export async function recordCatalogueOrigin(knex: Knex, origin: CatalogueOrigin): Promise<void> {
  await knex('catalogue_meta')
    .update({ origin: origin.kind, reference_hash: origin.kind === 'reference' ? origin.hash : null })
    .where({ id: 1 });
}

/**
 * The catalogue document as stored: equal to the imported one (optional fields absent, arrays in
 * document order). Reads in one repeatable-read transaction, so an import running at the same
 * time is seen entirely or not at all.
 */
export async function readCatalogue(knex: Knex): Promise<CatalogueDocument> {
  return (await readCatalogueSnapshot(knex)).document;
}

/**
 * The first statement of a repeatable-read transaction that reads catalogue tables. TRUNCATE is not
 * MVCC-safe: a transaction whose snapshot was taken before an import or approval committed sees
 * the truncated tables empty (and the old catalogue_meta), and would load an empty catalogue.
 * LOCK takes no snapshot: it waits for a publication in progress (which holds catalogue_meta
 * exclusively) and keeps the next one out until the reader is done; the snapshot comes after.
 */
export async function lockCatalogueForReading(trx: Knex.Transaction): Promise<void> {
  await trx.raw('lock table catalogue_meta in access share mode');
}

/** The document together with the generation it belongs to (what the catalogue store reads). */
export async function readCatalogueSnapshot(
  knex: Knex,
): Promise<{ document: CatalogueDocument; generation: number }> {
  const rows = await knex.transaction(
    async (trx) => {
      await lockCatalogueForReading(trx);
      return selectCatalogueRows(trx);
    },
    { isolationLevel: 'repeatable read' },
  );
  return { document: assembleCatalogue(rows), generation: rows.meta?.generation ?? 0 };
}

/**
 * The published catalogue as seen inside a writing transaction (the document a change starts from),
 * or undefined before the first import. Locks the catalogue first, as an import does, so two
 * publishers queue instead of deadlocking.
 */
export async function readCatalogueForChange(trx: Knex.Transaction): Promise<CatalogueDocument | undefined> {
  await lockCatalogueForChange(trx);
  const rows = await selectCatalogueRows(trx);
  return rows.meta ? assembleCatalogue(rows) : undefined;
}

/**
 * Locks the catalogue for a change, as an import does (two publishers queue instead of
 * deadlocking), and returns the published generation: undefined before the first import. A
 * publisher that already holds that generation's document need not read it back.
 */
export async function lockCatalogueForChange(trx: Knex.Transaction): Promise<number | undefined> {
  await trx.raw('lock table catalogue_meta in access exclusive mode');
  const row = await trx('catalogue_meta').first('generation');
  return row?.generation;
}

/** Counts imports: 0 before the first, then 1, 2, ... */
export async function catalogueGeneration(knex: Knex): Promise<number> {
  const row = await knex('catalogue_meta').first('generation');
  return row?.generation ?? 0;
}

/** True until a catalogue has been imported (an imported catalogue with no services is not empty). */
export async function isCatalogueEmpty(knex: Knex): Promise<boolean> {
  return (await catalogueGeneration(knex)) === 0;
}
