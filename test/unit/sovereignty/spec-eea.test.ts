import { assessOne, sourced } from './sovereignty.factories';

/*
 * SOVEREIGNTY.md: '"EEA" = the 30 EEA countries (EU-27 + IS, LI, NO).' Written out here from the
 * EU's member list (ISO 3166-1 alpha-2, as the schema's country codes), not from the code's list.
 */
const EU_27 = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');
const EEA_30 = [...EU_27, 'IS', 'LI', 'NO'];
// Europe outside the EEA, former members and the EU's own code for Greece (ISO uses GR).
const NOT_EEA = ['CH', 'GB', 'UK', 'EL', 'US', 'TR', 'UA', 'RS', 'AD', 'MC', 'SM', 'VA', 'FO', 'GL'];

const dataLevel = (countries: string[]) =>
  assessOne({ data: { locations: sourced(countries) } }).dimensions.data.level;

describe('"EEA" = the 30 EEA countries (EU-27 + IS, LI, NO)', () => {
  it('lists 30 distinct countries', () => {
    expect(new Set(EEA_30).size).toBe(30);
  });

  it.each(EEA_30)('%s alone reaches D2 (D1 and "every country … in the EEA")', (country) => {
    expect(dataLevel([country])).toBe(2);
  });

  it.each(NOT_EEA)('%s alone stays at D0, and next to NL stops at D1', (country) => {
    expect(dataLevel([country])).toBe(0);
    expect(dataLevel(['NL', country])).toBe(1);
  });
});
