import { stringify } from 'csv-stringify/sync';
import type { ServiceEntry } from '../../domain/catalogue/read-model';
import { neutraliseFormula } from '../compare/comparison-csv';
import { CSV_COLUMNS, type CsvContext } from './services-csv-columns';

/** Byte order mark so spreadsheet programs read the file as UTF-8. */
const BOM = '\uFEFF';

export interface ServicesCsvInput extends CsvContext {
  /** Every service of the selection (not one page), in the list's order. */
  entries: readonly ServiceEntry[];
  /** The list's summary sentence, e.g. "12 diensten in Rekenkracht met minimaal niveau 3". */
  summary: string;
}

/**
 * A result list as CSV: a header block (title, catalogue date, assessment date, the selection in
 * words), a blank line, the column headers, then one row per service. Quoting by csv-stringify;
 * cells that a spreadsheet would run as a formula are neutralised.
 */
export function servicesCsv(input: ServicesCsvInput): string {
  const { t, model } = input;
  const records: string[][] = [
    [t('api.csv.title')],
    [t('api.csv.catalogueDate'), model.document.publishedOn ?? t('api.csv.unknown')],
    [t('api.csv.assessedOn'), model.assessedOn],
    [t('api.csv.selection'), input.summary],
    [],
    CSV_COLUMNS.map((column) => column.header(input)),
    ...input.entries.map((entry) => CSV_COLUMNS.map((column) => column.value(entry, input))),
  ];
  return (
    BOM +
    stringify(
      records.map((record) => record.map(neutraliseFormula)),
      { record_delimiter: 'windows' },
    )
  );
}
