import type { Cell, CellValue, EvidenceSummary } from '../../domain/compare/compare.types';
import type { Lang, Translate } from '../../i18n/i18n';
import { dimensionCodes } from '../sovereignty/level-views.presenter';
import { plural } from '../../i18n/i18n';
import { formatMinimumTerm } from '../facts/minimum-term';

/** Formats typed cell values as plain text in the reader's language (page, CSV, chart). */
export interface CellFormatter {
  value(value: CellValue): string;
  /** Value text, or the unknown mark; the unverified mark is left to the caller (a badge or a suffix). */
  cell(cell: Cell): string;
  evidenceEntry(entry: EvidenceSummary): string;
  date(iso: string): string;
  country(code: string): string;
  number(n: number): string;
}

const LOCALE: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' };

export function cellFormatter(t: Translate, lang: Lang, serviceName: (id: string) => string): CellFormatter {
  const numbers = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 3 });
  const regions = new Intl.DisplayNames([LOCALE[lang]], { type: 'region', fallback: 'code' });
  const dates = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' });

  const number = (n: number): string => numbers.format(n);
  const country = (code: string): string => regions.of(code) ?? code;
  const date = (iso: string): string => {
    const d = new Date(`${iso}T00:00:00Z`);
    return Number.isNaN(d.getTime()) ? iso : dates.format(d);
  };
  const money = (amount: number, currency: string): string => {
    try {
      return new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency }).format(amount);
    } catch {
      // An unknown currency code must not break the page: show the code with the number.
      return `${currency} ${number(amount)}`;
    }
  };
  const join = (items: string[]): string => (items.length > 0 ? items.join(', ') : t('compare.values.none'));

  function evidenceEntry(e: EvidenceSummary): string {
    const parts = [
      e.status ? t(`compare.values.evidence.status.${e.status}`) : undefined,
      e.level ? t('compare.values.evidence.levelOf', { level: e.level }) : undefined,
      t(
        e.coversService
          ? 'compare.values.evidence.coversService'
          : 'compare.values.evidence.notCoversService',
      ),
      e.validUntil
        ? t(e.expired ? 'compare.values.evidence.expired' : 'compare.values.evidence.validUntil', {
            date: date(e.validUntil),
          })
        : t('compare.values.evidence.noValidity'),
      e.sourced ? undefined : t('compare.values.evidence.unsourced'),
      t(e.counts ? 'compare.values.evidence.counts' : 'compare.values.evidence.notCounts'),
    ];
    return parts.filter((p): p is string => p !== undefined).join(', ');
  }

  function value(v: CellValue): string {
    switch (v.type) {
      case 'level':
        // With its dimensions, e.g. "Level 0 (J0 D1 T0 A0)" (the checked-only row).
        return v.dimensions
          ? t('compare.values.levelWithDimensions', {
              level: v.level,
              dimensions: dimensionCodes(v.dimensions, t('compare.values.notApplicableShort')),
            })
          : t('compare.values.level', { level: v.level });
      case 'number':
        if (v.unit === 'minimumTerm') return formatMinimumTerm(v.value, t);
        if (v.unit === 'days') return plural(t, 'compare.units.days', v.value);
        return t(`compare.units.${v.unit}`, { value: number(v.value) });
      case 'boolean':
        return t(`compare.values.boolean.${v.value}`);
      case 'code':
        return t(`compare.values.${v.enum}.${v.code}`);
      case 'codes':
        return join(v.codes.map((code) => t(`compare.values.${v.enum}.${code}`)));
      case 'text':
        return v.text;
      case 'list':
        return join(v.items);
      case 'countries':
        return join(v.codes.map(country));
      case 'party':
        return t('compare.values.party', { name: v.name, country: country(v.country) });
      case 'price':
        return t('compare.values.price', {
          amount: money(v.amount, v.currency),
          unit: v.unit,
        });
      case 'evidence':
        return v.entries.map(evidenceEntry).join('; ');
      case 'caps':
        return v.caps.length === 0
          ? t('compare.values.noCap')
          : v.caps
              .map((c) =>
                t('compare.values.cap', {
                  dimension: t(`compare.values.dimension.${c.dimension}`),
                  level: c.level,
                  service: serviceName(c.serviceId),
                }),
              )
              .join('; ');
      case 'notApplicable':
        return t('compare.values.notApplicable');
    }
  }

  return {
    value,
    cell: (cell) =>
      cell.state === 'unknown' || !cell.value ? t('compare.states.unknown') : value(cell.value),
    evidenceEntry,
    date,
    country,
    number,
  };
}
