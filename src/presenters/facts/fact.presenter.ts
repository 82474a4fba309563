import type { Fact, OpenSourceValue, PriceIndication, Source } from '../../domain/catalogue.types';
import { plural, type Lang, type Translate } from '../../i18n/i18n';
import type { FactFormat } from './fact-definitions';
import { formatMinimumTerm } from './minimum-term';

export interface SourceView {
  url: string;
  label: string;
  kind?: string;
  retrievedOn?: string;
  /** The date the marketplace team checked this source, formatted; undefined: not checked. */
  checkedOn?: string;
  note?: string;
}

export interface FactView {
  path: string;
  label: string;
  /** value: sourced; unverified: present without a source (never raises a level); unknown: absent. */
  state: 'value' | 'unverified' | 'unknown';
  value: string;
  note?: string;
  sources: SourceView[];
  /** The latest date on which the marketplace team checked one of its sources, formatted. */
  checkedOn?: string;
}

/** Reads a fact from a document object by a dotted path ('contract.noticePeriodDays'). */
export function factAt(subject: object, path: string): Fact<unknown> | undefined {
  let node: unknown = subject;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node && typeof node === 'object' && 'value' in node ? (node as Fact<unknown>) : undefined;
}

export function presentFact(
  fact: Fact<unknown> | undefined,
  path: string,
  format: FactFormat,
  t: Translate,
  lang: Lang,
): FactView {
  const label = t(`facts.label.${path}`);
  if (!fact) return { path, label, state: 'unknown', value: t('facts.unknown'), sources: [] };
  const sources = (fact.sources ?? []).map((s) => presentSource(s, t, lang));
  const checked = (fact.sources ?? []).flatMap((s) => (s.checkedOn ? [s.checkedOn] : [])).sort();
  const latest = checked[checked.length - 1];
  return {
    path,
    label,
    state: sources.length > 0 ? 'value' : 'unverified',
    value: formatValue(fact.value, format, t, lang),
    note: fact.note,
    sources,
    checkedOn: latest ? formatDate(latest, lang) : undefined,
  };
}

export function presentSource(source: Source, t: Translate, lang: Lang): SourceView {
  return {
    url: source.url,
    label: source.title ?? hostOf(source.url),
    kind: source.kind ? t(`facts.sourceKind.${source.kind}`) : undefined,
    retrievedOn: source.retrievedOn ? formatDate(source.retrievedOn, lang) : undefined,
    checkedOn: source.checkedOn ? formatDate(source.checkedOn, lang) : undefined,
    note: source.note,
  };
}

const PERCENT = '%';

/** The unit word of a plural message: 'facts.days' ("{count} dagen") → "dagen". */
const unitWord = (t: Translate, key: string): string => t(`${key}.other`, { count: '' }).trim();

/**
 * The unit a fact of this format is counted in, as formatValue writes it after the number ('%',
 * 'dagen', 'maanden'): the section forms label their inputs with it. None for a plain number or a
 * fact that is no number (a price's unit is its currency: currencySymbol).
 */
export function factUnit(format: FactFormat, t: Translate): string | undefined {
  if (format === 'percent') return PERCENT;
  if (format === 'days') return unitWord(t, 'facts.days');
  if (format === 'minimumTerm') return unitWord(t, 'facts.minimumTerm');
  return undefined;
}

/** The symbol formatValue shows for a price in this currency ('EUR' → '€'); undefined for no valid code. */
export function currencySymbol(code: string, lang: Lang): string | undefined {
  if (!/^[A-Z]{3}$/.test(code)) return undefined;
  try {
    const parts = new Intl.NumberFormat(locale(lang), { style: 'currency', currency: code }).formatToParts(0);
    return parts.find((p) => p.type === 'currency')?.value;
  } catch {
    return undefined;
  }
}

export function formatValue(value: unknown, format: FactFormat, t: Translate, lang: Lang): string {
  if (typeof format === 'object') return t(`facts.enum.${format.enum}.${String(value)}`);
  switch (format) {
    case 'countries':
      return (value as string[]).map((c) => countryName(c, lang)).join(', ');
    case 'country':
      return countryName(String(value), lang);
    case 'bool':
      return t(value ? 'facts.yes' : 'facts.no');
    case 'strings':
      return (value as string[]).join(', ');
    case 'percent':
      return `${formatNumber(Number(value), lang)}${PERCENT}`;
    case 'days':
      return plural(t, 'facts.days', Number(value));
    case 'minimumTerm':
      return formatMinimumTerm(Number(value), t);
    case 'number':
      return formatNumber(Number(value), lang);
    case 'price': {
      const p = value as PriceIndication;
      const amount = new Intl.NumberFormat(locale(lang), { style: 'currency', currency: p.currency }).format(
        p.amount,
      );
      return `${amount} ${p.unit}`;
    }
    case 'openSource': {
      const o = value as OpenSourceValue;
      const licence = o.licence === 'proprietary' ? t('facts.proprietary') : o.licence;
      if (o.selfHostable === undefined) return licence;
      return `${licence}; ${t(o.selfHostable ? 'facts.selfHostable' : 'facts.notSelfHostable')}`;
    }
    default:
      return String(value);
  }
}

export function locale(lang: Lang): string {
  return lang === 'nl' ? 'nl-NL' : 'en-GB';
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** Intl formatters are costly to build: one per language, made on first use. */
function memo<T>(cache: Map<Lang, T>, lang: Lang, make: () => T): T {
  let value = cache.get(lang);
  if (value === undefined) {
    value = make();
    cache.set(lang, value);
  }
  return value;
}

export function formatNumber(n: number, lang: Lang): string {
  return memo(
    numberFormats,
    lang,
    () => new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 3 }),
  ).format(n);
}

/** 2026-11-28 → "28 november 2026" / "28 November 2026". */
export function formatDate(isoDate: string, lang: Lang): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  const format = memo(
    dateFormats,
    lang,
    () =>
      new Intl.DateTimeFormat(locale(lang), {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }),
  );
  return format.format(date);
}

const displayNames = new Map<Lang, Intl.DisplayNames>();

export function countryName(code: string, lang: Lang): string {
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([locale(lang)], { type: 'region' });
    displayNames.set(lang, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
