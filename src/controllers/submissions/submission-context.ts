import type { Request } from 'express';
import type { AppDeps } from '../../app-deps';
import { NotFoundError, UnauthorizedError, type BadRequestError } from '../../errors';
import { DEFAULT_LANG, translator, type Translate } from '../../i18n/i18n';
import { presentReviewMail } from '../../presenters/submissions/review-mail.presenter';
import { recordAudit } from '../../services/audit/record-audit';
import { todayInAmsterdam } from '../../services/catalogue/catalogue-store';
import type { SubmissionDeps } from '../../services/submissions/draft-service';
import { reviewNotifier } from '../../services/submissions/review-mail';
import {
  SubmissionLimitError,
  SubmissionRefusedError,
  type Actor,
} from '../../services/submissions/submission.types';
import { badRequest } from '../../validators/problem';

export type SubmissionAppDeps = Pick<AppDeps, 'store' | 'accounts' | 'config' | 'logger'>;

/**
 * The submission services of an app with accounts (the same database holds drafts and users); the
 * review outcomes go by e-mail (in Dutch) through the accounts' mailer.
 */
export function submissionDeps(deps: SubmissionAppDeps): SubmissionDeps {
  const { accounts } = deps;
  if (!accounts) throw new Error('submissions need the accounts database');
  const t = translator(DEFAULT_LANG);
  return {
    knex: accounts.knex,
    store: deps.store,
    audit: recordAudit,
    today: () => todayInAmsterdam(),
    notify: reviewNotifier({
      knex: accounts.knex,
      mailer: accounts.mailer,
      logger: deps.logger,
      compose: (outcome) => presentReviewMail(outcome, deps.config.publicBaseUrl, t),
    }),
  };
}

/** The signed-in user as the submission services see it (routes put requireUser before). */
export function actorOf(req: Request): Actor {
  if (!req.user) throw new UnauthorizedError();
  const { id, email, role, providerId } = req.user;
  return { id, email, role, providerId };
}

/** A draft id from the path: digits only, else the page does not exist. */
export function draftIdOf(req: Request): number {
  const raw = String(req.params.draftId);
  if (!/^[0-9]{1,9}$/.test(raw)) throw new NotFoundError('page');
  return Number(raw);
}

/** One string field of a urlencoded form ('' when absent or repeated oddly). */
export function formField(req: Request, name: string): string {
  const value = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

/** A submission limit exceeded, as the 400 page naming the field and the limit. */
export function limitProblem(err: SubmissionLimitError, t: Translate): BadRequestError {
  return badRequest(
    [{ parameter: err.field, code: `submissions.limits.${err.code}`, params: err.params }],
    t,
  );
}

/** The free-text fields of the flow: a comment, a curator's return message, a rejection reason. */
export type TextField = 'comment' | 'message' | 'reason';

/**
 * A comment, return message or rejection reason the flow refused (empty, too long, one comment too
 * many): the page the form was on is shown again (400) with the message next to the field and the
 * text as typed, so nothing typed is lost. `item` is the changed fact a rejection reason was for.
 */
export interface TextProblem {
  field: TextField;
  message: string;
  value: string;
  item?: string;
}

const REQUIRED: Record<string, TextField> = {
  commentRequired: 'comment',
  returnMessageRequired: 'message',
  reasonRequired: 'reason',
};

/** The text problem an error of the flow is, if it is one (else the caller handles the error). */
export function textProblemOf(err: unknown, req: Request, t: Translate): TextProblem | undefined {
  let field: TextField | undefined;
  let message = '';
  if (err instanceof SubmissionLimitError && ['comment', 'message', 'reason'].includes(err.field)) {
    field = err.field as TextField;
    message = t(`submissions.limits.${err.code}`, err.params);
  } else if (err instanceof SubmissionRefusedError && REQUIRED[err.code]) {
    field = REQUIRED[err.code];
    message = t(`submissions.refused.${err.code}`, err.params);
  }
  if (!field) return undefined;
  const problem: TextProblem = { field, message, value: formField(req, field) };
  if (field === 'reason') problem.item = formField(req, 'item');
  return problem;
}

/** The element id of a fact's rejection-reason input on the review page (views/components/_change-table.ejs). */
export const reasonInputId = (itemKey: string): string => `reason-${itemKey.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** The error summary (views/components/_error-summary.ejs) of a text problem. */
export function textProblemSummary(problem: TextProblem | undefined) {
  if (!problem) return [];
  const id =
    problem.field === 'comment'
      ? 'comment'
      : problem.field === 'message'
        ? 'return-message'
        : reasonInputId(problem.item ?? '');
  return [{ field: problem.field, href: `#${id}`, message: problem.message }];
}
