import type { Evidence, Fact, LocalizedText } from '../../domain/catalogue.types';
import type { RecordChange, SubjectKind } from '../../domain/submissions/record.types';
import type { ServiceEffect } from '../../domain/submissions/level-effect';
import type { Lang, Translate } from '../../i18n/i18n';
import { factFormatOf } from '../facts/fact-definitions';
import { formatDate, formatValue, presentSource, type SourceView } from '../facts/fact.presenter';
import { schemeName } from '../facts/scheme-name.presenter';

export interface SideView {
  value: string;
  note?: string;
  sources: (SourceView & { checkedOn?: string })[];
}

export interface ChangeView {
  key: string;
  kind: RecordChange['kind'];
  label: string;
  before?: SideView;
  after?: SideView;
}

function sources(
  item: { sources?: Fact<unknown>['sources'] },
  t: Translate,
  lang: Lang,
): SideView['sources'] {
  return (item.sources ?? []).map((s) => ({
    ...presentSource(s, t, lang),
    checkedOn: s.checkedOn ? formatDate(s.checkedOn, lang) : undefined,
  }));
}

function plain(value: unknown, lang: Lang): string {
  if (Array.isArray(value)) return value.join(', ');
  if (value && typeof value === 'object') {
    const text = value as Partial<LocalizedText> & Record<string, unknown>;
    if (typeof text.nl === 'string') return text.en ? `${text.nl} / ${text.en}` : text.nl;
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${String(v)}`)
      .join(', ');
  }
  return typeof value === 'number' ? value.toLocaleString(lang) : String(value);
}

function side(change: RecordChange, value: unknown, t: Translate, lang: Lang): SideView | undefined {
  if (value === undefined) return undefined;
  if (change.kind === 'field') return { value: plain(value, lang), sources: [] };
  if (change.kind === 'evidence') {
    const e = value as Evidence;
    const parts = [
      schemeName(e.scheme, t),
      e.level,
      e.status,
      e.scope,
      e.validUntil && t('submissions.validUntil', { date: formatDate(e.validUntil, lang) }),
    ];
    if (e.coversService === true) parts.push(t('submissions.coversService'));
    return { value: parts.filter(Boolean).join(' · '), sources: sources(e, t, lang) };
  }
  const fact = value as Fact<unknown>;
  const format = factFormatOf(change.key);
  let shown: string;
  try {
    shown =
      format && change.key !== 'control' ? formatValue(fact.value, format, t, lang) : plain(fact.value, lang);
  } catch {
    shown = plain(fact.value, lang);
  }
  return { value: shown, note: fact.note, sources: sources(fact, t, lang) };
}

export function changeLabel(kind: SubjectKind, change: RecordChange, t: Translate): string {
  if (change.kind === 'field') return t(`submissions.item.${change.key}`);
  if (change.kind === 'evidence') {
    const [, scheme, rank] = change.key.split('.');
    return t('submissions.evidenceItem', { scheme: schemeName(String(scheme), t), n: Number(rank) + 1 });
  }
  return t(kind === 'provider' ? `facts.label.provider.${change.key}` : `facts.label.${change.key}`);
}

/** Each change as before → after, with the sources of both sides, ready to show side by side. */
export function presentChanges(
  kind: SubjectKind,
  changes: readonly RecordChange[],
  t: Translate,
  lang: Lang,
): ChangeView[] {
  return changes.map((c) => ({
    key: c.key,
    kind: c.kind,
    label: changeLabel(kind, c, t),
    before: side(c, c.before, t, lang),
    after: side(c, c.after, t, lang),
  }));
}

export interface EffectView {
  serviceId: string;
  name: string;
  before: string;
  after: string;
  changed: boolean;
  dimensions: { label: string; before: string; after: string; moved: string; changed: boolean }[];
}

const level = (value: number | undefined): string => (value === undefined ? '—' : String(value));

/** The level effect as rows: overall and per dimension before → after, with the rungs that moved. */
export function presentEffect(effects: readonly ServiceEffect[], t: Translate): EffectView[] {
  return effects.map((e) => ({
    serviceId: e.serviceId,
    name: e.name,
    before: level(e.before),
    after: level(e.after),
    changed: e.changed,
    dimensions: e.dimensions.map((d) => ({
      label: t(`sovereignty.dimensions.${d.dimension}`),
      before: level(d.before),
      after: level(d.after),
      moved: [
        ...d.reached.map((code) => t('submissions.effect.reached', { rung: code })),
        ...d.lost.map((code) => t('submissions.effect.lost', { rung: code })),
      ].join(', '),
      changed: d.before !== d.after || d.movedRungs.length > 0,
    })),
  }));
}
