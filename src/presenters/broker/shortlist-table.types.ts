/** A cell of an exported table: text, a number, or empty. */
export type Cell = string | number | null;

/** A shortlist as rows of cells: what both the CSV and the ODS writer serialise. */
export interface ShortlistTable {
  /** Sheet name for spreadsheet formats. */
  sheetName: string;
  rows: Cell[][];
}
