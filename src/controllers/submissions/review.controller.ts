import type { Request, RequestHandler, Response } from 'express';
import { diffRecords, reviewableChanges } from '../../domain/submissions/diff-records';
import type { SubjectKind } from '../../domain/submissions/record.types';
import { listComments, listSubmitted } from '../../repositories/submissions/draft.repository';
import { loadDraft } from '../../services/submissions/draft-service';
import {
  approvalBlocker,
  approveSubmission,
  decideItem,
  isAuthor,
  returnSubmission,
} from '../../services/submissions/review-service';
import { SubmissionLimitError, SubmissionRefusedError } from '../../services/submissions/submission.types';
import {
  ageInDays,
  presentDraftEffect,
  presentDraftPage,
} from '../../presenters/submissions/draft-page.presenter';
import { publishedRecord } from '../../domain/submissions/apply-record';
import type { DraftRecord } from '../../domain/submissions/record.types';
import {
  actorOf,
  draftIdOf,
  formField,
  limitProblem,
  submissionDeps,
  textProblemOf,
  textProblemSummary,
  type SubmissionAppDeps,
  type TextProblem,
} from './submission-context';

type Deps = SubmissionAppDeps;

/** GET /curator — submissions waiting for review, oldest first. */
export function queueController(deps: Deps): RequestHandler {
  return async (_req, res) => {
    const services = submissionDeps(deps);
    const document = deps.store.current().document;
    const rows = await listSubmitted(services.knex);
    const { t } = res.locals;
    const providers = new Map(document.providers.map((p) => [p.id, p.name]));
    const items = rows.map((row) => {
      const kind = row.subject_kind as SubjectKind;
      const record = row.record as DraftRecord;
      const changes = reviewableChanges(
        diffRecords(kind, publishedRecord(document, kind, row.subject_id), record),
      );
      return {
        id: row.id,
        provider: providers.get(row.provider_id) ?? row.provider_id,
        subject:
          kind === 'provider' ? t('submissions.queue.providerRecord') : (record as { name: string }).name,
        isNew: row.base_record === null,
        age: ageInDays(row.submitted_at),
        changes: changes.length,
        author: row.author_email,
      };
    });
    res.render('pages/submissions/queue', { title: t('submissions.queue.title'), items });
  };
}

/**
 * Renders the review page, with a refusal message (409) when an action was refused, or the problem
 * (400) of a comment, return message or rejection reason with the text as typed.
 */
export async function renderReview(
  deps: Deps,
  req: Request,
  res: Response,
  refused?: SubmissionRefusedError,
  problem?: TextProblem,
) {
  const services = submissionDeps(deps);
  const actor = actorOf(req);
  const state = await loadDraft(services, actor, draftIdOf(req));
  const { t, lang } = res.locals;
  const page = presentDraftPage(state, await listComments(services.knex, state.row.id), t, lang);
  // An author (or co-author) is offered no decision at all, only why; anyone else sees why approval
  // would be refused instead of a button that the server refuses.
  const authored = await isAuthor(services, state.row, actor);
  const blocker = authored ? undefined : approvalBlocker(state, actor);
  if (refused) res.status(409);
  if (problem) res.status(400);
  const heading = t('submissions.review.title', { name: page.title });
  res.render('pages/submissions/review', {
    title: `${problem ? `${t('submissions.errorPrefix')} ` : ''}${heading}`,
    heading,
    page,
    effect: presentDraftEffect(state, deps.store.current(), t),
    authored,
    blocker: blocker ? t(`submissions.refused.${blocker.code}`, blocker.params) : undefined,
    refusal: refused ? t(`submissions.refused.${refused.code}`, refused.params) : undefined,
    reviewableKeys: new Set(state.reviewable.map((c) => c.key)),
    problem,
    problems: textProblemSummary(problem),
  });
}

export function reviewPageController(deps: Deps): RequestHandler {
  return (req, res) => renderReview(deps, req, res);
}

function reviewAction(
  deps: Deps,
  run: (req: Request) => Promise<unknown>,
  done: (req: Request) => string,
): RequestHandler {
  return async (req, res) => {
    try {
      await run(req);
    } catch (err) {
      const problem = textProblemOf(err, req, res.locals.t);
      if (problem) return renderReview(deps, req, res, undefined, problem);
      if (err instanceof SubmissionRefusedError) return renderReview(deps, req, res, err);
      if (err instanceof SubmissionLimitError) throw limitProblem(err, res.locals.t);
      throw err;
    }
    res.redirect(303, done(req));
  };
}

const back = (req: Request) => `/curator/submissions/${draftIdOf(req)}`;

export const decisionController = (deps: Deps): RequestHandler =>
  reviewAction(
    deps,
    (req) => {
      const decision = formField(req, 'decision') === 'rejected' ? 'rejected' : 'checked';
      return decideItem(
        submissionDeps(deps),
        actorOf(req),
        draftIdOf(req),
        formField(req, 'item'),
        decision,
        formField(req, 'reason'),
      );
    },
    (req) => `${back(req)}#item-${formField(req, 'item').replace(/[^A-Za-z0-9_-]/g, '-')}`,
  );

export const returnController = (deps: Deps): RequestHandler =>
  reviewAction(
    deps,
    (req) => returnSubmission(submissionDeps(deps), actorOf(req), draftIdOf(req), formField(req, 'message')),
    () => '/curator',
  );

export const approveController = (deps: Deps): RequestHandler =>
  reviewAction(
    deps,
    (req) => approveSubmission(submissionDeps(deps), actorOf(req), draftIdOf(req)),
    (req) => `${back(req)}?approved=1`,
  );
