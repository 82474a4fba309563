/**
 * Limits of what a supplier or curator can put in the submission flow, beyond the 400 kB form limit:
 * enough for any real record, small enough that no one fills the database or a curator's page.
 * Each is refused with a 400 naming the field (README, "Submissions and review").
 */
export const SUBMISSION_LIMITS = {
  /** Characters (code points) of a comment, a return message or a rejection reason. */
  textLength: 5000,
  /** Comments (return messages included) on one draft. */
  commentsPerDraft: 500,
  /** Drafts of new services a provider has open (draft, submitted or returned) at once. */
  openNewServicesPerProvider: 50,
  /** Sources of one fact or evidence entry. */
  sourcesPerItem: 20,
  /** Evidence entries (certificates, attestations) of one record. */
  evidencePerRecord: 50,
} as const;

/** The length of a text as a person counts characters (code points, not UTF-16 units). */
export const textLength = (text: string): number => [...text].length;
