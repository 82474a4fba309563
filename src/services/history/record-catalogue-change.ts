import type { Knex } from 'knex';
import type { CatalogueDocument } from '../../domain/catalogue.types';
import { diffAssessmentDates, diffGenerations, type Generation } from '../../domain/history/diff-catalogue';
import type { ChangeCause } from '../../domain/history/history.types';
import { assessCatalogue } from '../../domain/sovereignty/assess-catalogue';
import type { Assessment } from '../../domain/sovereignty/sovereignty.types';
import { insertCatalogueChange, lastRecordedAssessmentDate } from '../../repositories/history.repository';
import type { PublishedCatalogue } from './published-catalogue';

export interface CatalogueChange {
  /**
   * The published catalogue before the change (publishedCatalogueForChange); undefined for the
   * first publication. Its assessments are reused when they are at `assessedOn`.
   */
  before?: PublishedCatalogue;
  after: CatalogueDocument;
  cause: Exclude<ChangeCause, 'assessment-date'>;
  /** Who published it (a curator's account, a token's name); shown in the history. */
  actor?: string;
  /** The generation the change produced. */
  generation: number;
  /** The assessment date the levels before and after are computed at (today, Europe/Amsterdam). */
  assessedOn: string;
}

/** Serialises history writers across app instances (self-conflicting, lets readers through). */
async function lockHistory(trx: Knex.Transaction): Promise<void> {
  await trx.raw('lock table catalogue_changes in share row exclusive mode');
}

function generationOf(
  document: CatalogueDocument,
  assessedOn: string,
  known?: { assessedOn?: string; assessments?: ReadonlyMap<string, Assessment> },
): Generation {
  const assessments =
    known?.assessments && known.assessedOn === assessedOn
      ? known.assessments
      : assessCatalogue(document, assessedOn);
  return { document, assessments, assessedOn };
}

/**
 * Records a change of the published catalogue in its history. Every publishing path (import by the
 * admin endpoint or the CLI, the reference catalogue at start-up, an approved submission) calls this
 * inside its own transaction, after writing `after`, so the history commits or rolls back with it.
 *
 * It diffs the two documents (see diffGenerations): only what changed is stored. If the assessment
 * date has moved on since the last recorded change, that move is recorded first, so the levels
 * "before" of this change differ from the last recorded ones only by this change. The first
 * publication is recorded as one change without items (every record would be "added").
 */
export async function recordCatalogueChange(trx: Knex.Transaction, change: CatalogueChange): Promise<number> {
  await lockHistory(trx);
  const recordedAt = new Date();
  const { before } = change;
  if (before) {
    await recordDateMoveLocked(trx, before, change.generation - 1, change.assessedOn, recordedAt);
  }
  const items = before
    ? diffGenerations(
        generationOf(before.document, change.assessedOn, before),
        generationOf(change.after, change.assessedOn),
      )
    : [];
  return insertCatalogueChange(
    trx,
    {
      recordedAt,
      cause: change.cause,
      actor: change.actor,
      generation: change.generation,
      assessedOn: change.assessedOn,
    },
    items,
  );
}

/**
 * Records "assessment date moved" for an unchanged catalogue when its date has passed midnight
 * since the last recorded change: the evidence that expired in between and the levels that moved.
 * Every app instance may call it at the same moment; the first records it, the others find the date
 * recorded and do nothing. Returns whether it recorded a change.
 */
export async function recordAssessmentDateMove(
  knex: Knex,
  document: CatalogueDocument,
  generation: number,
  assessedOn: string,
): Promise<boolean> {
  return knex.transaction(async (trx) => {
    await lockHistory(trx);
    return recordDateMoveLocked(trx, { document }, generation, assessedOn, new Date());
  });
}

async function recordDateMoveLocked(
  trx: Knex.Transaction,
  published: PublishedCatalogue,
  generation: number,
  assessedOn: string,
  recordedAt: Date,
): Promise<boolean> {
  const previous = await lastRecordedAssessmentDate(trx);
  // Only forward moves: nothing recorded yet means nothing to compare with.
  if (!previous || previous >= assessedOn) return false;
  const { document } = published;
  const items = diffAssessmentDates(
    generationOf(document, previous, published),
    generationOf(document, assessedOn, published),
  );
  await insertCatalogueChange(
    trx,
    { recordedAt, cause: 'assessment-date', generation, assessedOn, previousAssessedOn: previous },
    items,
  );
  return true;
}
