import { createHash } from 'node:crypto';
import { notifyCatalogueChanged } from '../../db/catalogue-notifications';
import type { Database } from '../../db/database';
import type { CatalogueDocument } from '../../domain/catalogue.types';
import {
  replaceCatalogue,
  type CatalogueOrigin,
  type ImportProgress,
} from '../../repositories/catalogue.repository';
import { publishedCatalogueForChange } from '../history/published-catalogue';
import { recordCatalogueChange, type CatalogueChange } from '../history/record-catalogue-change';
import { validateCatalogue, type CatalogueError } from './catalogue-loader';
import { todayInAmsterdam, type HeldCatalogue } from './catalogue-store';
import { recordAudit, type AuditActor } from '../audit/record-audit';

/** Who imported, for the audit trail: a signed-in administrator, or the CLI / ADMIN_TOKEN API (no actor). */
export interface ImportAudit {
  actor: AuditActor | null;
  via: 'cli' | 'api' | 'app' | 'seed';
  address?: string;
}

export type { ImportProgress } from '../../repositories/catalogue.repository';

export interface ImportCounts {
  categories: number;
  capabilities: number;
  providers: number;
  services: number;
}

export type ImportResult =
  { ok: true; generation: number; counts: ImportCounts } | { ok: false; errors: CatalogueError[] };

export function countCatalogue(document: CatalogueDocument): ImportCounts {
  return {
    categories: document.categories.length,
    capabilities: document.capabilities.length,
    providers: document.providers.length,
    services: document.services.length,
  };
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Where the catalogue comes from: an import (default) or the shipped reference catalogue. */
  origin?: CatalogueOrigin;
  /** Recorded in the history; default 'reference' for the reference catalogue, else 'import'. */
  cause?: CatalogueChange['cause'];
  actor?: string;
  /** Date the history's levels are assessed at; default today in Europe/Amsterdam. */
  assessedOn?: string;
  /** Who imported, for the audit trail; default the CLI. */
  audit?: ImportAudit;
  /**
   * The catalogue this process holds (the app's catalogue store, whose source is this database):
   * the history starts from it when it is the published generation, instead of reading it back.
   */
  held?: () => HeldCatalogue | undefined;
}

/**
 * Validates a parsed document with the catalogue loader and, when it is valid, replaces the whole
 * catalogue in one transaction, records what changed in the history (same transaction) and
 * announces the new generation to every app instance. An invalid document, or a failure halfway,
 * leaves the stored catalogue and its history as they were. The origin is recorded (an import
 * unless the reference catalogue is being loaded).
 */
export async function importCatalogue(
  db: Database,
  input: unknown,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const validation = validateCatalogue(input);
  if (!validation.ok) return validation;
  const { document } = validation;
  const origin = options.origin ?? { kind: 'import' };
  const audit = options.audit ?? { actor: null, via: 'cli' };
  const generation = await db.knex.transaction(async (trx) => {
    const before = await publishedCatalogueForChange(trx, options.held);
    const next = await replaceCatalogue(trx, document, options.onProgress, origin);
    await recordCatalogueChange(trx, {
      before,
      after: document,
      cause: options.cause ?? (origin.kind === 'reference' ? 'reference' : 'import'),
      actor: options.actor,
      generation: next,
      assessedOn: options.assessedOn ?? todayInAmsterdam(),
    });
    // In the import's own transaction: the row exists exactly when the import committed.
    await recordAudit(trx, {
      actor: audit.actor,
      action: 'catalogue.imported',
      recordType: 'catalogue',
      recordId: next,
      // The document as given, not canonicalised: sorting the keys of 40,000 services costs seconds.
      afterHash: createHash('sha256').update(JSON.stringify(document)).digest('hex'),
      detail: { via: audit.via, generation: next, ...countCatalogue(document) },
      address: audit.address,
    });
    await notifyCatalogueChanged(trx, next);
    return next;
  });
  return { ok: true, generation, counts: countCatalogue(document) };
}
