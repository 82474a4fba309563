import { sectionOfPath, SECTIONS } from '../../domain/submissions/record-form';
import { levelEffect } from '../../domain/submissions/level-effect';
import { applyRecord } from '../../domain/submissions/apply-record';
import type { Lang, Translate } from '../../i18n/i18n';
import type { DraftCommentRow, DraftState } from '../../domain/submissions/draft.types';
import type { ReadModel } from '../../domain/catalogue/read-model';
import { presentChanges, presentEffect, type ChangeView, type EffectView } from './change.presenter';
import { errorText, fieldId, type ErrorLink } from './section-form.presenter';
import { formatDateTime } from '../date-time';

export interface SectionLinkView {
  id: string;
  label: string;
  href: string;
  changes: number;
  errors: number;
}

export interface CommentView {
  author: string;
  role: string;
  date: string;
  body: string;
  returned: boolean;
}

export interface DraftPageView {
  id: number;
  title: string;
  kind: string;
  subjectId: string;
  status: string;
  statusLabel: string;
  isNew: boolean;
  /** The published page of the record (none for a new service, which has none yet). */
  publishedHref?: string;
  outOfDate: boolean;
  underneath: ChangeView[];
  changes: (ChangeView & { decision?: string; reason?: string; decidedBy?: string })[];
  sections: SectionLinkView[];
  errors: ErrorLink[];
  comments: CommentView[];
  author: string;
  submittedOn?: string;
}

function subjectName(state: DraftState): string {
  const record = state.record as { name?: string; id: string };
  return record.name ?? record.id;
}

/** Age of a submission in whole days (0 on the day it came in). */
export function ageInDays(submittedAt: Date | string | null, now = new Date()): number {
  if (!submittedAt) return 0;
  return Math.max(0, Math.floor((now.getTime() - new Date(submittedAt).getTime()) / 86_400_000));
}

/** The overview of a draft (supplier) or submission (curator): sections, changes, state, comments. */
export function presentDraftPage(
  state: DraftState,
  comments: readonly DraftCommentRow[],
  t: Translate,
  lang: Lang,
): DraftPageView {
  const { row, kind } = state;
  const sections = SECTIONS[kind].map((section) => ({
    id: section.id,
    label: t(`submissions.section.${section.id}`),
    href: `/drafts/${row.id}/${section.id}`,
    changes: state.changes.filter((c) => sectionOfPath(kind, c.key)?.id === section.id).length,
    errors: state.errors.filter((e) => sectionOfPath(kind, e.field)?.id === section.id).length,
  }));
  const changes = presentChanges(kind, state.changes, t, lang).map((c) => {
    const decision = state.decisions.get(c.key);
    return {
      ...c,
      decision: decision?.decision,
      reason: decision?.reason ?? undefined,
      decidedBy: decision?.curator_email,
    };
  });
  return {
    id: row.id,
    title: subjectName(state),
    kind,
    subjectId: row.subject_id,
    status: row.status,
    statusLabel: t(`submissions.status.${row.status}`),
    isNew: !state.base,
    publishedHref: state.base
      ? `/${kind === 'service' ? 'services' : 'providers'}/${encodeURIComponent(row.subject_id)}`
      : undefined,
    outOfDate: state.outOfDate,
    underneath: presentChanges(kind, state.underneath, t, lang),
    changes,
    sections,
    errors: state.errors.map((e) => {
      const section = sectionOfPath(kind, e.field);
      return {
        field: e.field,
        href: section ? `/drafts/${row.id}/${section.id}#${fieldId(e.field)}` : '#main',
        message: `${section ? `${t(`submissions.section.${section.id}`)}: ` : ''}${errorText(e, t)}`,
      };
    }),
    comments: comments.map((c) => ({
      author: c.author_email,
      role: t(`submissions.role.${c.author_role}`),
      date: formatDateTime(c.created_at, lang),
      body: c.body,
      returned: c.returned,
    })),
    author: row.author_email,
    submittedOn: row.submitted_at ? formatDateTime(row.submitted_at, lang) : undefined,
  };
}

/** The effect of the draft on the levels, computed on the published catalogue with the draft put in. */
export function presentDraftEffect(state: DraftState, model: ReadModel, t: Translate): EffectView[] {
  const before = model.document;
  const after = applyRecord(before, state.kind, state.record);
  try {
    return presentEffect(levelEffect(before, after, state.kind, state.row.subject_id, model.assessedOn), t);
  } catch {
    // An invalid draft (a runsOn to nowhere) cannot be assessed; its errors are listed instead.
    return [];
  }
}
