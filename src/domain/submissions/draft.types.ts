import type { FieldError } from './form-values';
import type { DraftRecord, RecordChange, SubjectKind } from './record.types';

/**
 * Rows of the submission tables, and a draft as the rules and pages see it (migrations/030–032). Not declared in knex's `Tables`: that list is
 * the catalogue's own (the bulk importer maps every table in it); the repository names the row type.
 */
export type DraftStatus = 'draft' | 'submitted' | 'returned' | 'approved';
export const OPEN_STATUSES: readonly DraftStatus[] = ['draft', 'submitted', 'returned'];

export interface DraftRow {
  id: number;
  provider_id: string;
  subject_kind: 'provider' | 'service';
  subject_id: string;
  status: DraftStatus;
  base_record: unknown;
  record: unknown;
  author_id: string;
  author_email: string;
  author_role: string;
  revision: number;
  created_at: Date;
  updated_at: Date;
  submitted_at: Date | null;
  decided_at: Date | null;
  decided_by: string | null;
  published_generation: number | null;
}

export interface DraftReviewRow {
  draft_id: number;
  item_key: string;
  decision: 'checked' | 'rejected';
  reason: string | null;
  item_hash: string;
  curator_id: string;
  curator_email: string;
  decided_at: Date;
}

export interface DraftCommentRow {
  id: number;
  draft_id: number;
  author_id: string;
  author_email: string;
  author_role: string;
  body: string;
  returned: boolean;
  created_at: Date;
}

/** Everything the pages and the rules need to know about one draft against the published catalogue. */
export interface DraftState {
  row: DraftRow;
  kind: SubjectKind;
  record: DraftRecord;
  /** The published record the draft was based on; undefined for a new service. */
  base?: DraftRecord;
  /** The record as published now; undefined for a new service (or one an import removed). */
  published?: DraftRecord;
  /** The published record changed since the draft was based on it. */
  outOfDate: boolean;
  /** What changed underneath: base → published now (empty unless out of date). */
  underneath: RecordChange[];
  /** What the draft changes: published now → draft. */
  changes: RecordChange[];
  /** The changes a curator decides one by one (facts and evidence entries). */
  reviewable: RecordChange[];
  /** Problems the catalogue's loader finds in the record as it would be published. */
  errors: FieldError[];
  /** Decisions that still apply (made on the item as it is now), by item key. */
  decisions: Map<string, DraftReviewRow>;
}

/**
 * What a curator decided about a submission, for the e-mail to the side that wrote it: approved
 * (published), or returned with the curator's message and the reasons of the rejected items.
 */
export interface ReviewOutcome {
  kind: 'approved' | 'returned';
  draftId: number;
  subjectKind: SubjectKind;
  /** The service's or provider's name as the draft has it. */
  subjectName: string;
  curatorEmail: string;
  /** The curator's message with a return. */
  message?: string;
  /** Items the curator rejected, with the reason given. */
  rejected: { change: RecordChange; reason: string }[];
  /** How many items were checked (an approval checks every changed item). */
  checked: number;
}
