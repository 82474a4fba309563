import zlib from 'node:zlib';

/** One file of a zip package. */
export interface ZipEntry {
  name: string;
  data: Buffer;
  /** Store without compression (ODF requires this for `mimetype`). */
  stored?: boolean;
}

/** 1980-01-01 00:00, the earliest MS-DOS date: a fixed timestamp, so equal input gives equal bytes. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

interface EntryFields {
  method: number;
  crc: number;
  compressed: number;
  size: number;
  name: Buffer;
}

/** The run of fields a local header and its central directory entry share, from "version needed" to the name's length. */
function writeEntryFields(header: Buffer, at: number, f: EntryFields): void {
  header.writeUInt16LE(20, at); // version needed: 2.0
  header.writeUInt16LE(0x0800, at + 2); // flags: names are UTF-8
  header.writeUInt16LE(f.method, at + 4);
  header.writeUInt16LE(DOS_TIME, at + 6);
  header.writeUInt16LE(DOS_DATE, at + 8);
  header.writeUInt32LE(f.crc, at + 10);
  header.writeUInt32LE(f.compressed, at + 14);
  header.writeUInt32LE(f.size, at + 18);
  header.writeUInt16LE(f.name.length, at + 22);
}

/**
 * Writes a zip archive with the entries in the given order, fixed timestamps and no extra fields.
 * Written here (about 60 lines) because an OpenDocument package needs what general zip writers
 * do not promise: `mimetype` first and stored, and byte-identical output for identical input.
 */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const body = entry.stored ? entry.data : zlib.deflateRawSync(entry.data, { level: 9 });
    const fields: EntryFields = {
      method: entry.stored ? 0 : 8,
      crc: crc32(entry.data),
      compressed: body.length,
      size: entry.data.length,
      name,
    };

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, fields); // bytes 28–29 (extra field length) stay 0

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS attributes
    writeEntryFields(central, 6, fields);
    central.writeUInt32LE(offset, 42); // bytes 30–41 (extra, comment, disk, attributes) stay 0

    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
