import type { ReviewOutcome } from '../../domain/submissions/draft.types';
import type { Translate } from '../../i18n/i18n';
import { changeLabel } from './change.presenter';

/**
 * The plain-text e-mail about a curator's decision: what was decided on which record, the curator's
 * message and the reason of every rejected item (for a return), and the link to the draft.
 */
export function presentReviewMail(
  outcome: ReviewOutcome,
  publicBaseUrl: string,
  t: Translate,
): { subject: string; text: string } {
  const params = {
    name: outcome.subjectName,
    curator: outcome.curatorEmail,
    link: `${publicBaseUrl}/drafts/${outcome.draftId}`,
    checked: outcome.checked,
    message: outcome.message ?? '',
    rejected: outcome.rejected
      .map((r) =>
        t('submissions.mail.rejectedItem', {
          label: changeLabel(outcome.subjectKind, r.change, t),
          reason: r.reason,
        }),
      )
      .join('\n'),
  };
  const kind = outcome.kind === 'returned' && outcome.rejected.length > 0 ? 'returnedRejected' : outcome.kind;
  return {
    subject: t(`submissions.mail.${outcome.kind}.subject`, params),
    text: t(`submissions.mail.${kind}.body`, params),
  };
}
