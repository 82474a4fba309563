import * as XLSX from '@e965/xlsx';
import type { ShortlistTable } from './shortlist-table.types';
import { writeZip, type ZipEntry } from './zip-package';

const MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/** The part of the `cfb` container API (bundled with SheetJS, typed `any`) used to read the package. */
interface CfbContainer {
  FullPaths: string[];
  FileIndex: { type: number; content?: Uint8Array | number[] }[];
}
const CFB = XLSX.CFB as { read(data: Buffer, options: { type: 'buffer' }): CfbContainer };

/**
 * An OpenDocument spreadsheet. SheetJS writes the content; its zip step orders the parts
 * alphabetically and can compress `mimetype`, which ODF 1.2 Part 3 §3.3 forbids (`mimetype` must be
 * the first entry and stored). So the parts are read back and repackaged: `mimetype` first and
 * stored, then the other parts in a fixed order, with a fixed timestamp. SheetJS's meta.xml holds no
 * date, so the same table always gives the same bytes.
 */
export function shortlistOds(table: ShortlistTable): Buffer {
  const sheet = XLSX.utils.aoa_to_sheet(table.rows);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, table.sheetName.slice(0, 31));
  const written = XLSX.write(book, { bookType: 'ods', type: 'buffer', compression: false }) as Buffer;

  const container = CFB.read(written, { type: 'buffer' });
  const parts: ZipEntry[] = [];
  container.FullPaths.forEach((fullPath, i) => {
    const file = container.FileIndex[i];
    const name = fullPath.replace(/^Root Entry\//, '');
    // type 2 = a file; SheetJS adds a private marker entry that does not belong in the package.
    if (file.type !== 2 || !file.content || name.startsWith('\u0001') || name === 'mimetype') return;
    parts.push({ name, data: Buffer.from(file.content) });
  });
  parts.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return writeZip([{ name: 'mimetype', data: Buffer.from(MIMETYPE, 'ascii'), stored: true }, ...parts]);
}
