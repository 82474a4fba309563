import type { StoredChangeItem } from '../../domain/history/history.types';
import type { Lang, Translate } from '../../i18n/i18n';
import type { ReadModel } from '../../domain/catalogue/read-model';
import { formatDate, locale } from '../facts/fact.presenter';
import { presentChangeLines, type ChangeLineView } from './change-lines.presenter';

export interface ChangeItemView {
  id: number;
  subjectKind: string;
  subjectId: string;
  name: string;
  href: string;
  kind: string;
  kindLabel: string;
  subjectLabel: string;
  lines: ChangeLineView[];
}

/** One catalogue change (an import, a date move, …) with its items, as a dated block of a history. */
export interface ChangeGroupView {
  changeId: number;
  anchor: string;
  /** Machine-readable moment (ISO 8601) and the same in words, in Europe/Amsterdam. */
  datetime: string;
  date: string;
  cause: string;
  items: ChangeItemView[];
}

const dateTimeFormats = new Map<Lang, Intl.DateTimeFormat>();

/** 2027-02-01T09:30Z → "1 februari 2027 10:30" (Europe/Amsterdam). */
export function formatMoment(moment: Date, lang: Lang): string {
  let format = dateTimeFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(locale(lang), {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'Europe/Amsterdam',
    });
    dateTimeFormats.set(lang, format);
  }
  return format.format(moment);
}

export function causeLabel(item: StoredChangeItem, t: Translate, lang: Lang): string {
  const label = t(`history.cause.${item.cause}`, {
    from: item.previousAssessedOn ? formatDate(item.previousAssessedOn, lang) : '',
    to: formatDate(item.assessedOn, lang),
  });
  return item.actor ? `${label} (${t('history.actor', { actor: item.actor })})` : label;
}

/** Where a changed record is shown: its page while it is in the catalogue, else its history. */
export function subjectHref(
  item: Pick<StoredChangeItem, 'subjectKind' | 'subjectId'>,
  model: ReadModel,
): string {
  const base = `/${item.subjectKind === 'service' ? 'services' : 'providers'}/${item.subjectId}`;
  const exists =
    item.subjectKind === 'service'
      ? model.serviceById.has(item.subjectId)
      : model.providers.has(item.subjectId);
  return exists ? base : `${base}/history`;
}

export function presentChangeItem(
  item: StoredChangeItem,
  model: ReadModel,
  t: Translate,
  lang: Lang,
): ChangeItemView {
  return {
    id: item.id,
    subjectKind: item.subjectKind,
    subjectId: item.subjectId,
    name: item.name,
    href: subjectHref(item, model),
    kind: item.kind,
    kindLabel: t(`history.kind.${item.kind}`),
    subjectLabel: t(`history.subject.${item.subjectKind}`),
    lines: presentChangeLines(item, t, lang),
  };
}

/** Items (newest change first) grouped by the change they belong to. */
export function presentChangeGroups(
  items: readonly StoredChangeItem[],
  model: ReadModel,
  t: Translate,
  lang: Lang,
): ChangeGroupView[] {
  const groups: ChangeGroupView[] = [];
  for (const item of items) {
    let group = groups.at(-1);
    if (!group || group.changeId !== item.changeId) {
      group = {
        changeId: item.changeId,
        anchor: `change-${item.changeId}`,
        datetime: item.recordedAt.toISOString(),
        date: formatMoment(item.recordedAt, lang),
        cause: causeLabel(item, t, lang),
        items: [],
      };
      groups.push(group);
    }
    group.items.push(presentChangeItem(item, model, t, lang));
  }
  return groups;
}
