import { SUBMISSION_LIMITS } from '../../domain/submissions/limits';
import { NotFoundError } from '../../errors';
import { countComments, insertComment } from '../../repositories/submissions/draft.repository';
import { loadDraft, type SubmissionDeps } from './draft-service';
import { canComment } from './draft-view';
import { SubmissionLimitError, SubmissionRefusedError, withinLength, type Actor } from './submission.types';

/** A comment by a curator, or by the side that wrote the draft. */
export async function addComment(
  deps: SubmissionDeps,
  actor: Actor,
  id: number,
  body: string,
): Promise<void> {
  const state = await loadDraft(deps, actor, id);
  if (!canComment(actor, state.row)) throw new NotFoundError('page');
  if (body.trim() === '') throw new SubmissionRefusedError('commentRequired');
  withinLength('comment', body);
  const max = SUBMISSION_LIMITS.commentsPerDraft;
  if ((await countComments(deps.knex, id)) >= max) {
    throw new SubmissionLimitError('comment', 'tooManyComments', { max });
  }
  await deps.knex.transaction(async (trx) => {
    await insertComment(trx, {
      draft_id: id,
      author_id: String(actor.id),
      author_email: actor.email,
      author_role: actor.role,
      body: body.trim(),
      returned: false,
      created_at: new Date(),
    });
    await deps.audit(trx, {
      actor,
      action: 'submission.commented',
      recordType: state.kind,
      recordId: state.row.subject_id,
      detail: { draftId: id },
    });
  });
}
