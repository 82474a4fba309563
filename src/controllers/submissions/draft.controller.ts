import type { Request, RequestHandler, Response } from 'express';
import { BadRequestError, NotFoundError } from '../../errors';
import type { Lang } from '../../i18n/i18n';
import { SERVICE_MODELS, type ServiceModel } from '../../domain/catalogue.types';
import { formFromRecord } from '../../domain/submissions/form-from-record';
import type { FieldError, FormBody } from '../../domain/submissions/form-values';
import { findSection } from '../../domain/submissions/record-form';
import type { SubjectKind } from '../../domain/submissions/record.types';
import { listComments } from '../../repositories/submissions/draft.repository';
import {
  loadDraft,
  openDraft,
  openNewServiceDraft,
  refreshDraft,
  saveSection,
  submitBlocker,
  submitDraft,
} from '../../services/submissions/draft-service';
import { canComment, canEditDraft, isAuthorSide } from '../../services/submissions/draft-view';
import { addComment } from '../../services/submissions/comment-service';
import {
  SubmissionLimitError,
  SubmissionRefusedError,
  isCurator,
} from '../../services/submissions/submission.types';
import { presentDraftEffect, presentDraftPage } from '../../presenters/submissions/draft-page.presenter';
import { errorText, fieldId, presentSectionForm } from '../../presenters/submissions/section-form.presenter';
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
import { renderReview } from './review.controller';

type Deps = SubmissionAppDeps;

/**
 * Renders the draft overview, with a refusal message (409) when an action was refused, or the
 * comment form's problem (400) with the text as typed.
 */
async function renderOverview(
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
  const canEdit = canEditDraft(actor, state.row);
  // The submit button only when submitting would be taken; else why not (the rule is submitDraft's).
  const blocker = canEdit ? submitBlocker(state) : undefined;
  if (refused) res.status(409);
  if (problem) res.status(400);
  const heading = t('submissions.draft.title', { name: page.title });
  res.render('pages/submissions/draft', {
    title: `${problem ? `${t('submissions.errorPrefix')} ` : ''}${heading}`,
    heading,
    page,
    effect: presentDraftEffect(state, deps.store.current(), t),
    canEdit,
    submitBlocked: blocker ? t(`submissions.draft.submitBlocked.${blocker.code}`, blocker.params) : undefined,
    isAuthor: isAuthorSide(actor, state.row),
    canComment: canComment(actor, state.row),
    isCurator: isCurator(actor),
    refusal: refused ? t(`submissions.refused.${refused.code}`, refused.params) : undefined,
    problem,
    problems: textProblemSummary(problem),
  });
}

/** Runs an action and goes back to the overview (303), or shows it with the refusal. */
function action(
  deps: Deps,
  run: (req: Request) => Promise<void>,
  after?: (req: Request) => string,
): RequestHandler {
  return async (req, res) => {
    try {
      await run(req);
    } catch (err) {
      if (err instanceof SubmissionRefusedError) return renderOverview(deps, req, res, err);
      if (err instanceof SubmissionLimitError) throw limitProblem(err, res.locals.t);
      throw err;
    }
    res.redirect(303, after?.(req) ?? `/drafts/${draftIdOf(req)}`);
  };
}

export function draftPageController(deps: Deps): RequestHandler {
  return (req, res) => renderOverview(deps, req, res);
}

const KINDS: readonly SubjectKind[] = ['provider', 'service'];

/** POST /drafts: the open draft of a record (begun now when there is none). */
export function openDraftController(deps: Deps): RequestHandler {
  return async (req, res) => {
    const kind = formField(req, 'kind') as SubjectKind;
    const id = formField(req, 'id');
    if (!KINDS.includes(kind) || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new NotFoundError('page');
    const draft = await openDraft(submissionDeps(deps), actorOf(req), kind, id);
    res.redirect(303, `/drafts/${draft.id}`);
  };
}

function renderSection(
  deps: Deps,
  req: Request,
  res: Response,
  state: Awaited<ReturnType<typeof loadDraft>>,
  body: FormBody | undefined,
  errors: FieldError[],
): void {
  const section = findSection(state.kind, String(req.params.section));
  if (!section) throw new NotFoundError('page');
  const { t, lang } = res.locals;
  const form = presentSectionForm(
    state.kind,
    section,
    body ?? formFromRecord(state.record, section),
    errors,
    t,
    lang,
    deps.store.current(),
  );
  if (errors.length > 0) res.status(400);
  const name = (state.record as { name?: string }).name ?? state.row.subject_id;
  res.render('pages/submissions/section', {
    title: `${errors.length > 0 ? `${t('submissions.errorPrefix')} ` : ''}${t(`submissions.section.${section.id}`)} — ${name}`,
    heading: t(`submissions.section.${section.id}`),
    name,
    draftId: state.row.id,
    revision: state.row.revision,
    sectionId: section.id,
    form,
    isCurator: isCurator(actorOf(req)),
  });
}

/** GET /drafts/:draftId/:section — the form of one section, filled from the draft. */
export function sectionPageController(deps: Deps): RequestHandler {
  return async (req, res) => {
    const actor = actorOf(req);
    const state = await loadDraft(submissionDeps(deps), actor, draftIdOf(req));
    if (!findSection(state.kind, String(req.params.section))) throw new NotFoundError('page');
    if (!canEditDraft(actor, state.row)) return res.redirect(303, `/drafts/${state.row.id}`);
    renderSection(deps, req, res, state, undefined, []);
  };
}

/** The draft revision a section form was made from (a hidden field): a tampered one is a 400. */
function revisionOf(req: Request, res: Response): number {
  const raw = formField(req, 'revision');
  if (/^[0-9]{1,9}$/.test(raw)) return Number(raw);
  throw new BadRequestError([
    { parameter: 'revision', message: res.locals.t('submissions.errors.badRevision') },
  ]);
}

/** POST /drafts/:draftId/:section — saves the section, or shows it again with the problems (400). */
export function saveSectionController(deps: Deps): RequestHandler {
  return async (req, res) => {
    const services = submissionDeps(deps);
    const actor = actorOf(req);
    const id = draftIdOf(req);
    const state = await loadDraft(services, actor, id);
    const section = findSection(state.kind, String(req.params.section));
    if (!section) throw new NotFoundError('page');
    const body = req.body as FormBody;
    const revision = revisionOf(req, res);
    try {
      const result = await saveSection(services, actor, id, section, body, revision);
      if (result.errors.length > 0) return renderSection(deps, req, res, state, body, result.errors);
    } catch (err) {
      if (err instanceof SubmissionRefusedError) return renderOverview(deps, req, res, err);
      if (err instanceof SubmissionLimitError) throw limitProblem(err, res.locals.t);
      throw err;
    }
    res.redirect(303, `/drafts/${id}#section-${section.id}`);
  };
}

export const submitController = (deps: Deps): RequestHandler =>
  action(deps, (req) => submitDraft(submissionDeps(deps), actorOf(req), draftIdOf(req)));

export const refreshController = (deps: Deps): RequestHandler =>
  action(deps, (req) => refreshDraft(submissionDeps(deps), actorOf(req), draftIdOf(req)));

/**
 * POST /drafts/:draftId/comments — from the draft page, or a curator's review page (`returnTo`):
 * back to that page, or that page again with the refusal (an empty or too long comment: 400, as typed).
 */
export function commentController(deps: Deps): RequestHandler {
  return async (req, res) => {
    const actor = actorOf(req);
    const onReview = formField(req, 'returnTo') === 'review' && isCurator(actor);
    try {
      await addComment(submissionDeps(deps), actor, draftIdOf(req), formField(req, 'comment'));
    } catch (err) {
      const problem = textProblemOf(err, req, res.locals.t);
      const refused = err instanceof SubmissionRefusedError && !problem ? err : undefined;
      if (!problem && !refused) throw err;
      return onReview
        ? renderReview(deps, req, res, refused, problem)
        : renderOverview(deps, req, res, refused, problem);
    }
    res.redirect(303, onReview ? `/curator/submissions/${draftIdOf(req)}` : `/drafts/${draftIdOf(req)}`);
  };
}

function renderNewService(req: Request, res: Response, deps: Deps, errors: FieldError[]): void {
  const { t, lang } = res.locals;
  const model = deps.store.current();
  const actor = actorOf(req);
  const body = (req.body ?? {}) as Record<string, string>;
  const errorMap = new Map(errors.map((e) => [e.field.split('.')[0] as string, errorText(e, t)]));
  if (errors.length > 0) res.status(400);
  res.render('pages/submissions/new-service', {
    title: `${errors.length > 0 ? `${t('submissions.errorPrefix')} ` : ''}${t('submissions.newService.title')}`,
    values: body,
    errors: errorMap,
    errorSummary: [...errorMap].map(([field, message]) => ({ field, href: `#${fieldId(field)}`, message })),
    fieldId,
    isCurator: isCurator(actor),
    providers: isCurator(actor)
      ? [...model.providers.values()].map((p) => ({ id: p.id, name: p.name }))
      : [
          {
            id: actor.providerId as string,
            name: model.providers.get(actor.providerId as string)?.name ?? '',
          },
        ],
    categories: [...model.categories.values()].map((c) => ({
      id: c.id,
      name: c.name[lang as Lang] ?? c.name.nl,
    })),
    models: SERVICE_MODELS,
  });
}

export function newServicePageController(deps: Deps): RequestHandler {
  return (req, res) => renderNewService(req, res, deps, []);
}

/** POST /drafts/new-service — begins the draft of a new service, or shows the form again (400). */
export function newServiceController(deps: Deps): RequestHandler {
  return async (req, res) => {
    const actor = actorOf(req);
    const model = formField(req, 'serviceModel');
    const result = await openNewServiceDraft(submissionDeps(deps), actor, {
      id: formField(req, 'id').trim(),
      name: formField(req, 'name').trim(),
      providerId: isCurator(actor) ? formField(req, 'providerId') : (actor.providerId as string),
      // An unknown model is reported by the catalogue's schema like any other invalid value.
      serviceModel: model as ServiceModel,
      category: formField(req, 'category'),
      summary: formField(req, 'summary').trim(),
    });
    if (!result.draft) return renderNewService(req, res, deps, result.errors);
    res.redirect(303, `/drafts/${result.draft.id}`);
  };
}
