import type { Evidence, EvidenceScheme, Fact } from '../catalogue.types';
import type { Dimension, Level } from '../sovereignty/sovereignty.types';

/** What made the published catalogue change. */
export type ChangeCause = 'import' | 'reference' | 'approval' | 'assessment-date';
export const CHANGE_CAUSES: readonly ChangeCause[] = ['import', 'reference', 'approval', 'assessment-date'];

/** Levels of one service as assessed at one moment; a dimension that does not apply is null. */
export interface LevelSnapshot {
  overall: Level;
  dimensions: Record<Dimension, Level | null>;
}

/** A sourced fact (control, data.locations, contract.slaAvailabilityPct, …) before and after. */
export interface FactChange {
  path: string;
  before?: Fact<unknown>;
  after?: Fact<unknown>;
}

/** A plain field of a record (name, categories, ultimateParent, …) before and after. */
export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

/** An evidence entry added, removed or changed; entries are matched by scheme (and order within it). */
export interface EvidenceChange {
  scheme: EvidenceScheme;
  before?: Evidence;
  after?: Evidence;
}

/** Evidence that stopped counting because the assessment date passed its validUntil. */
export interface ExpiredEvidence {
  scheme: EvidenceScheme;
  validUntil: string;
}

/** What changed about one provider or service. Stored as JSON with the item. */
export interface ChangeDetail {
  fields: FieldChange[];
  facts: FactChange[];
  evidence: EvidenceChange[];
  levels?: { before?: LevelSnapshot; after?: LevelSnapshot };
  /** Only for an assessment-date change: the evidence that expired in between. */
  expired?: ExpiredEvidence[];
}

export type SubjectKind = 'provider' | 'service';
export type ItemKind = 'added' | 'removed' | 'changed';

/** One provider or service that changed in one catalogue change. */
export interface ChangeItem {
  subjectKind: SubjectKind;
  subjectId: string;
  /** The provider (of the service, or itself): provider histories list their services' changes too. */
  providerId: string;
  /** Name after the change (before it, when removed): removed records can still be named. */
  name: string;
  kind: ItemKind;
  /**
   * Filter options the subject matched before or after the change, as `facet:value`: a change
   * belongs to a selection when the subject matched each of its filters before or after.
   */
  tokens: string[];
  detail: ChangeDetail;
}

/** One stored change item together with the change it belongs to. */
export interface StoredChangeItem extends ChangeItem {
  id: number;
  changeId: number;
  recordedAt: Date;
  cause: ChangeCause;
  actor?: string;
  assessedOn: string;
  previousAssessedOn?: string;
}
