import type { Knex } from 'knex';
import type { DraftRow, ReviewOutcome } from '../../domain/submissions/draft.types';
import type { Logger } from '../../logger';
import { activeUserEmails } from '../../repositories/accounts/users.repository';
import type { MailMessage, Mailer } from '../mail/mailer';

/** Tells the side that wrote a draft what a curator decided; called after the decision committed. */
export type ReviewNotifier = (outcome: ReviewOutcome, draft: DraftRow) => Promise<void>;

/**
 * Who hears of a decision: the author, and for a supplier's draft every active supplier user of the
 * provider (they share its drafts). A deactivated user gets nothing.
 */
export function reviewRecipients(db: Knex, draft: DraftRow): Promise<string[]> {
  const authorId = Number(draft.author_id);
  return activeUserEmails(db, {
    supplierOf: draft.author_role === 'supplier' ? draft.provider_id : undefined,
    ids: Number.isSafeInteger(authorId) ? [authorId] : [],
  });
}

/**
 * The review-outcome e-mails through the app's mailer (SMTP, or the outbox), one message per
 * recipient so that nobody sees the others' addresses. `compose` writes the text (a presenter). The
 * decision has been made by then: a failure to send is logged, never turned into an error page.
 */
export function reviewNotifier(deps: {
  knex: Knex;
  mailer: Mailer;
  logger: Logger;
  compose: (outcome: ReviewOutcome) => Omit<MailMessage, 'to'>;
}): ReviewNotifier {
  return async (outcome, draft) => {
    try {
      const message = deps.compose(outcome);
      for (const to of await reviewRecipients(deps.knex, draft)) await deps.mailer.send({ ...message, to });
    } catch (err) {
      deps.logger.error({ err, draftId: outcome.draftId }, 'review-outcome e-mail failed');
    }
  };
}
