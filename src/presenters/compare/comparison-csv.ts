import { stringify } from 'csv-stringify/sync';
import type { Cell, Comparison } from '../../domain/compare/compare.types';
import type { Lang, Translate } from '../../i18n/i18n';
import { cellFormatter } from './format-cell';

export interface CsvOptions {
  t: Translate;
  lang: Lang;
  /** ISO date the catalogue was published (document.publishedOn), if known. */
  catalogueDate?: string;
}

/** Byte order mark so spreadsheet programs read the file as UTF-8. */
const BOM = '\uFEFF';

/**
 * The comparison as CSV: two header lines (catalogue date, assessment date), a blank line, a column
 * header (group, row, one column per service), one line per comparison row and the Data Act check.
 */
export function comparisonCsv(comparison: Comparison, { t, lang, catalogueDate }: CsvOptions): string {
  const names = new Map(comparison.services.map((s) => [s.service.id, s.service.name]));
  const format = cellFormatter(t, lang, (id) => names.get(id) ?? id);
  const text = (cell: Cell): string =>
    cell.state === 'unverified'
      ? t('compare.csv.unverified', { value: format.cell(cell) })
      : format.cell(cell);

  const records: string[][] = [
    [t('compare.csv.catalogueDate'), catalogueDate ?? t('compare.states.unknown')],
    [t('compare.csv.assessedOn'), comparison.assessedOn],
    [],
    [t('compare.csv.group'), t('compare.csv.row'), ...comparison.services.map((s) => s.service.name)],
  ];
  for (const group of comparison.groups) {
    for (const row of group.rows) {
      records.push([t(group.labelKey), t(row.labelKey, row.labelParams), ...row.cells.map(text)]);
    }
  }
  const dataActGroup = t('compare.csv.dataActGroup');
  const criteria = comparison.dataAct[0]?.items.map((i) => i.criterion) ?? [];
  criteria.forEach((criterion, index) => {
    records.push([
      dataActGroup,
      t(`compare.dataAct.criteria.${criterion}`),
      ...comparison.dataAct.map((check) => {
        const item = check.items[index];
        return t('compare.csv.article', {
          outcome: t(`compare.dataAct.outcome.${item.outcome}`),
          article: item.article,
        });
      }),
    ]);
  });
  records.push([
    dataActGroup,
    t('compare.dataAct.overall'),
    ...comparison.dataAct.map((check) => t(`compare.dataAct.outcome.${check.overall}`)),
  ]);
  return BOM + stringify(records.map((r) => r.map(neutraliseFormula)));
}

/**
 * Catalogue text goes into spreadsheets: a cell starting with =, +, -, @ or a control character
 * would run as a formula, so it is prefixed with an apostrophe (numbers like -1 are left alone).
 */
export function neutraliseFormula(value: string): string {
  return /^[=+@\t\r]/.test(value) || /^-(?![\d.,]+$)/.test(value) ? `'${value}` : value;
}
