import * as XLSX from '@e965/xlsx';
import { findBuyerProfile } from '../../../src/domain/broker/buyer-profiles';
import { NO_MUST_HAVES } from '../../../src/domain/broker/broker.types';
import { matchProfile } from '../../../src/domain/broker/match-profile';
import { translator } from '../../../src/i18n/i18n';
import { presentShortlist } from '../../../src/presenters/broker/shortlist.presenter';
import { shortlistCsv } from '../../../src/presenters/broker/shortlist-csv';
import { shortlistOds } from '../../../src/presenters/broker/shortlist-ods';
import { goodService, modelOf, provider, sourced } from './broker-fixtures';

const base = goodService('good', { name: 'Goede Dienst' });
const services = [
  base,
  goodService('us-data', { name: 'VS Dienst', data: { ...base.data, locations: sourced(['NL', 'US']) } }),
  goodService('market', { name: '=HYPERLINK("x")', providerId: 'market' }),
];
const model = modelOf(services, [provider('gov'), provider('market', { type: 'market' })]);
const match = matchProfile(model, {
  profile: findBuyerProfile('internal')!,
  mustHaves: { ...NO_MUST_HAVES, dataInNl: true, governmentOnly: true, maxNoticeDays: 60 },
});
const t = translator('nl');
const table = (at: string) => presentShortlist(model, match, t, 'nl', at);
const AT_1 = '2026-11-28T10:00:00Z';
const AT_2 = '2026-12-01T08:30:00Z';

function rowsOfOds(file: Buffer): unknown[][] {
  const book = XLSX.read(file, { type: 'buffer' });
  return XLSX.utils.sheet_to_json(book.Sheets[book.SheetNames[0]], {
    header: 1,
    defval: null,
    blankrows: true,
  });
}

describe('shortlist table', () => {
  const rows = table(AT_1).rows.map((r) => r.map((c) => (c === null ? '' : String(c))));
  const text = rows.map((r) => r.join(' | '));

  it('starts with the catalogue, its dates, the profile and every requirement in words', () => {
    expect(text).toEqual(
      expect.arrayContaining([
        'Catalogus | Testcatalogus',
        'Catalogus gepubliceerd op | 2026-11-01',
        'Beoordelingsdatum | 2026-11-28',
        'Profiel | Interne bedrijfsinformatie | Minimaal: J 1, D 2, T 1, A 2',
        'Eis | jurisdictie: minimaal niveau 1',
        'Eis | Alle gegevens in Nederland',
        'Eis | Opzegtermijn hoogstens 60 dagen',
        'Eis | Aanbieder is een overheidsorganisatie',
        `Gemaakt op | ${AT_1}`,
      ]),
    );
  });

  it('lists the included service with levels and key terms', () => {
    const header = rows.findIndex((r) => r[0] === 'Diensten die aan alle eisen voldoen');
    expect(rows[header][1]).toBe('1');
    const good = rows[header + 2];
    expect(good.slice(0, 6)).toEqual([
      'Goede Dienst',
      'good',
      'Provider gov',
      'overheidsaanbieder',
      expect.any(String),
      // T is 1 (no published switching terms), so the overall level is 1.
      '1',
    ]);
    expect(good).toEqual(
      expect.arrayContaining(['NL', 'EUPL-1.2', '30', 'ja', 'Raamovereenkomst Voorbeeld', 'nl, en']),
    );
  });

  it('lists each excluded service once per failed requirement, with the reason in words', () => {
    const header = rows.findIndex((r) => r[0] === 'Diensten die niet voldoen, met redenen');
    expect(rows[header][1]).toBe('2');
    const excluded = rows.slice(header + 2).map((r) => [r[1], r[4], r[5]]);
    expect(excluded).toHaveLength(3);
    expect(excluded.filter((r) => r[0] === 'us-data')).toEqual([
      [
        'us-data',
        'Niet voldaan',
        'data: niveau 1, het profiel vraagt 2 — Datalocaties omvatten landen buiten de EER: Verenigde Staten.',
      ],
      ['us-data', 'Niet voldaan', 'datalocaties omvatten ook Verenigde Staten'],
    ]);
    expect(excluded.filter((r) => r[0] === 'market')).toEqual([
      ['market', 'Niet voldaan', 'Provider market is geen overheidsaanbieder'],
    ]);
  });
});

describe('CSV export', () => {
  it('is UTF-8 with a byte-order mark and CRLF lines', () => {
    const csv = shortlistCsv(table(AT_1));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('\r\nCatalogus,Testcatalogus\r\n');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    const csv = shortlistCsv(table(AT_1)).toString('utf8');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it('gives byte-identical files for the same input, and differs only in the generated-at line', () => {
    expect(shortlistCsv(table(AT_1)).equals(shortlistCsv(table(AT_1)))).toBe(true);
    const one = shortlistCsv(table(AT_1)).toString('utf8').split('\r\n');
    const two = shortlistCsv(table(AT_2)).toString('utf8').split('\r\n');
    const differing = one.filter((line, i) => line !== two[i]);
    expect(differing).toEqual([`Gemaakt op,${AT_1}`]);
  });
});

describe('ODS export', () => {
  const file = shortlistOds(table(AT_1));

  it('is an OpenDocument package: mimetype first and stored, then the parts', () => {
    expect(file.readUInt32LE(0)).toBe(0x04034b50);
    expect(file.readUInt16LE(8)).toBe(0); // stored
    const nameLength = file.readUInt16LE(26);
    expect(file.subarray(30, 30 + nameLength).toString()).toBe('mimetype');
    expect(file.subarray(30 + nameLength, 30 + nameLength + 46).toString()).toBe(
      'application/vnd.oasis.opendocument.spreadsheet',
    );
    expect(file.includes('META-INF/manifest.xml')).toBe(true);
    expect(file.includes('content.xml')).toBe(true);
  });

  it('holds the same rows as the table, levels as numbers', () => {
    const expected = table(AT_1).rows;
    const width = Math.max(...expected.map((r) => r.length));
    const pad = (r: unknown[]) => [...r, ...Array(width - r.length).fill(null)].slice(0, width);
    expect(rowsOfOds(file).map(pad)).toEqual(expected.map(pad));
  });

  it('gives byte-identical files for the same input, and differs only in the generated-at cell', () => {
    expect(shortlistOds(table(AT_1)).equals(file)).toBe(true);
    const rowText = (r: unknown[]) => JSON.stringify(r.filter((c) => c !== null));
    const one = rowsOfOds(file).map(rowText);
    const two = rowsOfOds(shortlistOds(table(AT_2))).map(rowText);
    expect(one.filter((row, i) => row !== two[i])).toEqual([JSON.stringify(['Gemaakt op', AT_1])]);
  });
});
