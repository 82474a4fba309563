import type { Evidence, Fact, LocalizedText } from '../../domain/catalogue.types';
import type {
  ChangeDetail,
  ChangeItem,
  FactChange,
  FieldChange,
  LevelSnapshot,
} from '../../domain/history/history.types';
import { DIMENSIONS } from '../../domain/sovereignty/sovereignty.types';
import { localized, type Lang, type Translate } from '../../i18n/i18n';
import { factFormatOf } from '../facts/fact-definitions';
import {
  countryName,
  formatDate,
  formatValue,
  presentSource,
  type SourceView,
} from '../facts/fact.presenter';
import { schemeName } from '../facts/scheme-name.presenter';

/** One sentence of a change in plain words, with the sources that back its new value. */
export interface ChangeLineView {
  text: string;
  sources: SourceView[];
}

/** Long texts are said to have changed, not quoted. */
const TEXT_FIELDS = new Set(['summary', 'description', 'notes']);

function factLabel(item: ChangeItem, path: string, t: Translate): string {
  return t(`facts.label.${item.subjectKind === 'provider' ? `provider.${path}` : path}`);
}

function factValue(fact: Fact<unknown> | undefined, path: string, t: Translate, lang: Lang): string {
  if (!fact) return t('facts.unknown');
  const text = formatValue(fact.value, factFormatOf(path) ?? 'text', t, lang);
  return (fact.sources?.length ?? 0) > 0 ? text : `${text} (${t('facts.unverified')})`;
}

function factLine(item: ChangeItem, change: FactChange, t: Translate, lang: Lang): ChangeLineView {
  const label = factLabel(item, change.path, t);
  const before = factValue(change.before, change.path, t, lang);
  const after = factValue(change.after, change.path, t, lang);
  const sources = (change.after?.sources ?? []).map((s) => presentSource(s, t, lang));
  const text =
    before === after
      ? t('history.line.sourcesChanged', { label, value: after })
      : t('history.line.change', { label, before, after });
  return { text, sources };
}

function fieldValue(field: string, value: unknown, t: Translate, lang: Lang): string {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0))
    return t('facts.unknown');
  switch (field) {
    case 'serviceModel':
      return t(`facts.enum.serviceModel.${String(value)}`);
    case 'type':
      return t(`facts.enum.providerType.${String(value)}`);
    case 'hqCountry':
      return countryName(String(value), lang);
    case 'ultimateParent': {
      const parent = value as { name: string; country: string };
      return `${parent.name} (${countryName(parent.country, lang)})`;
    }
    case 'deployment':
      return (value as string[]).map((d) => t(`facts.enum.deployment.${d}`)).join(', ');
    default:
      if (Array.isArray(value)) return value.join(', ');
      if (typeof value === 'object') return localized(value as LocalizedText, lang);
      return String(value);
  }
}

function fieldLine(change: FieldChange, t: Translate, lang: Lang): ChangeLineView {
  const label = t(`history.field.${change.field}`);
  if (TEXT_FIELDS.has(change.field)) return { text: t('history.line.textChanged', { label }), sources: [] };
  return {
    text: t('history.line.change', {
      label,
      before: fieldValue(change.field, change.before, t, lang),
      after: fieldValue(change.field, change.after, t, lang),
    }),
    sources: [],
  };
}

function evidenceSummary(e: Evidence, t: Translate, lang: Lang): string {
  const parts = [schemeName(e.scheme, t)];
  if (e.level) parts.push(e.level);
  if (e.status) parts.push(t(`facts.enum.evidenceStatus.${e.status}`));
  if (e.validUntil) parts.push(t('history.validUntil', { date: formatDate(e.validUntil, lang) }));
  if ((e.sources?.length ?? 0) === 0) parts.push(t('facts.unverified'));
  return parts.join(', ');
}

function evidenceLine(
  before: Evidence | undefined,
  after: Evidence | undefined,
  t: Translate,
  lang: Lang,
): ChangeLineView {
  const sources = (after?.sources ?? []).map((s) => presentSource(s, t, lang));
  if (!before)
    return {
      text: t('history.line.evidenceAdded', { evidence: evidenceSummary(after as Evidence, t, lang) }),
      sources,
    };
  if (!after)
    return {
      text: t('history.line.evidenceRemoved', { evidence: evidenceSummary(before, t, lang) }),
      sources,
    };
  return {
    text: t('history.line.evidenceChanged', {
      scheme: schemeName(after.scheme, t),
      before: evidenceSummary(before, t, lang),
      after: evidenceSummary(after, t, lang),
    }),
    sources,
  };
}

function levelLines(detail: ChangeDetail, t: Translate, lang: Lang): ChangeLineView[] {
  const { before, after } = detail.levels ?? {};
  if (!before || !after) return [];
  const reasons = (detail.expired ?? [])
    .map((e) =>
      t('history.line.expired', { scheme: schemeName(e.scheme, t), date: formatDate(e.validUntil, lang) }),
    )
    .join('; ');
  const lines: ChangeLineView[] = [];
  if (before.overall !== after.overall) {
    const key = reasons ? 'history.line.levelBecause' : 'history.line.level';
    lines.push({ text: t(key, { before: before.overall, after: after.overall, reasons }), sources: [] });
  }
  for (const d of DIMENSIONS) {
    const x = before.dimensions[d];
    const y = after.dimensions[d];
    if (x === y) continue;
    lines.push({
      text: t('history.line.change', {
        label: t(`sovereignty.dimensions.${d}`),
        before: x ?? t('history.notApplicable'),
        after: y ?? t('history.notApplicable'),
      }),
      sources: [],
    });
  }
  return lines;
}

const overall = (levels: LevelSnapshot | undefined): number | string => levels?.overall ?? '?';

/** Every change of one provider or service, in plain words: record, fields, facts, evidence, levels. */
export function presentChangeLines(item: ChangeItem, t: Translate, lang: Lang): ChangeLineView[] {
  const { detail } = item;
  const lines: ChangeLineView[] = [];
  if (item.kind === 'added') {
    const key = item.subjectKind === 'service' ? 'history.line.serviceAdded' : 'history.line.providerAdded';
    lines.push({ text: t(key, { level: overall(detail.levels?.after) }), sources: [] });
  } else if (item.kind === 'removed') {
    const key =
      item.subjectKind === 'service' ? 'history.line.serviceRemoved' : 'history.line.providerRemoved';
    lines.push({ text: t(key, { level: overall(detail.levels?.before) }), sources: [] });
  }
  lines.push(...detail.fields.map((f) => fieldLine(f, t, lang)));
  lines.push(...detail.facts.map((f) => factLine(item, f, t, lang)));
  lines.push(...detail.evidence.map((e) => evidenceLine(e.before, e.after, t, lang)));
  const levels = levelLines(detail, t, lang);
  // Expired evidence whose level stayed the same is still news to whoever relied on it.
  if (levels.length === 0 && (detail.expired?.length ?? 0) > 0) {
    for (const e of detail.expired ?? [])
      lines.push({
        text: t('history.line.expired', {
          scheme: schemeName(e.scheme, t),
          date: formatDate(e.validUntil, lang),
        }),
        sources: [],
      });
  }
  lines.push(...levels);
  return lines;
}
