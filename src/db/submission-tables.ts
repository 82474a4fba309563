/**
 * Rows of the submission tables (migrations/030–032). Not declared in knex's `Tables`: that list is
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
