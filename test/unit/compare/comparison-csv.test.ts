import { translator } from '../../../src/i18n/i18n';
import { buildComparison } from '../../../src/domain/compare/build-comparison';
import { comparisonCsv, neutraliseFormula } from '../../../src/presenters/compare/comparison-csv';
import { compareModel } from './compare-fixtures';

/** Minimal CSV reader for the test: quoted fields with doubled quotes, comma separated. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += ch;
    }
  }
  return rows;
}

describe('comparisonCsv', () => {
  const model = compareModel();
  const comparison = buildComparison(model, ['alpha', 'gamma', 'delta']);
  const csv = comparisonCsv(comparison, { t: translator('en'), lang: 'en', catalogueDate: '2026-11-01' });
  const lines = parseCsv(csv.replace(/^\uFEFF/, ''));
  const byRow = (label: string): string[] | undefined => lines.find((l) => l[1] === label);

  it('is UTF-8 with a byte order mark and starts with the catalogue and assessment dates', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toEqual(['Catalogue date', '2026-11-01']);
    expect(lines[1]).toEqual(['Assessment date', '2026-11-28']);
    expect(lines[3]).toEqual(['Group', 'Row', 'Service alpha', 'Service gamma', 'Service delta']);
  });

  it('has one line per comparison row plus the Data Act check, one column per service', () => {
    const rowCount = comparison.groups.reduce((n, g) => n + g.rows.length, 0);
    expect(lines).toHaveLength(4 + rowCount + 4);
    for (const line of lines.slice(3)) expect(line).toHaveLength(5);
  });

  it('writes values, unverified and unknown cells in words', () => {
    expect(byRow('Availability (SLA)')).toEqual([
      'Contract',
      'Availability (SLA)',
      '99.95%',
      '99.99% (unverified)',
      'unknown',
    ]);
    expect(byRow('Notice period')?.slice(2)).toEqual(['30 days', '30 days (unverified)', 'unknown']);
    expect(byRow('Data locations')?.slice(2)).toEqual(['Netherlands, Germany', 'unknown', 'unknown']);
    expect(byRow('Overall')).toEqual(['EU Data Act check', 'Overall', 'met', 'unknown', 'unknown']);
    expect(byRow('Notice period at most 2 months')?.[2]).toBe('met (Art. 25(2)(d))');
  });

  it('follows the reader language', () => {
    const nl = comparisonCsv(comparison, { t: translator('nl'), lang: 'nl', catalogueDate: '2026-11-01' });
    expect(nl).toContain('Beoordelingsdatum,2026-11-28');
    expect(nl).toContain('99,95%');
    expect(nl).toContain('99,99% (niet geverifieerd)');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(neutraliseFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('-cmd')).toBe("'-cmd");
    expect(neutraliseFormula('-1.5')).toBe('-1.5');
    expect(neutraliseFormula('99.9%')).toBe('99.9%');
  });
});
