import type { Knex } from 'knex';
import { SUBMISSION_LIMITS, textLength } from '../../domain/submissions/limits';

export type Role = 'supplier' | 'curator' | 'admin';

/** Who acts: the signed-in user. A supplier belongs to one provider; curators and admins to none. */
export interface Actor {
  id: number;
  email: string;
  role: Role;
  providerId: string | null;
}

export const isCurator = (actor: Actor): boolean => actor.role === 'curator' || actor.role === 'admin';

/** Actions of the submission flow written to the audit trail. */
export type SubmissionAction =
  | 'draft.saved'
  | 'draft.submitted'
  | 'draft.refreshed'
  | 'submission.fact-checked'
  | 'submission.fact-rejected'
  | 'submission.commented'
  | 'submission.returned'
  | 'submission.approved'
  | 'catalogue.published';

export interface AuditEntry {
  actor: Actor;
  action: SubmissionAction;
  recordType: string;
  recordId: string;
  before?: unknown;
  after?: unknown;
  detail?: Record<string, unknown>;
}

/** Appends one row to the audit trail inside the caller's transaction. */
export type AuditWriter = (db: Knex, entry: AuditEntry) => Promise<void>;

/**
 * A request the flow refuses for a reason the user can act on (→ the page again, with the message):
 * `code` is a message key under `submissions.refused`.
 */
export class SubmissionRefusedError extends Error {
  readonly status = 409;
  constructor(
    readonly code: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`submission refused: ${code}`);
  }
}

/**
 * A request over one of the submission limits (src/domain/submissions/limits.ts) → 400 naming
 * `field`: `code` is a message key under `submissions.limits`.
 */
export class SubmissionLimitError extends Error {
  readonly status = 400;
  constructor(
    readonly field: string,
    readonly code: string,
    readonly params: Record<string, number> = {},
  ) {
    super(`submission limit: ${field} ${code}`);
  }
}

/** Refuses a comment, return message or rejection reason over the length limit (400 naming `field`). */
export function withinLength(field: string, text: string): void {
  const length = textLength(text.trim());
  const max = SUBMISSION_LIMITS.textLength;
  if (length > max) throw new SubmissionLimitError(field, 'textTooLong', { max, length });
}
