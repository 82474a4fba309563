import { stringify } from 'csv-stringify/sync';
import type { Cell, ShortlistTable } from './shortlist-table.types';

/**
 * Cells a spreadsheet would read as a formula (CSV injection, OWASP): prefixed with an apostrophe so
 * catalogue text can never run as a formula when a buyer opens the file.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function safe(cell: Cell): string | number {
  if (cell === null) return '';
  if (typeof cell === 'number') return cell;
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** UTF-8 with a byte-order mark (so spreadsheet programs detect UTF-8), comma-separated, CRLF. */
export function shortlistCsv(table: ShortlistTable): Buffer {
  const text = stringify(
    table.rows.map((row) => row.map(safe)),
    { bom: true, record_delimiter: '\r\n', quoted_match: /[",\r\n]/ },
  );
  return Buffer.from(text, 'utf8');
}
