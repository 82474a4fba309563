/**
 * The 30 countries of the European Economic Area (ISO 3166-1 alpha-2): the EU-27 plus Iceland,
 * Liechtenstein and Norway. Greece is GR here (ISO), not the EU's own abbreviation EL.
 */
export const EU_COUNTRIES: readonly string[] = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
];

export const EEA_COUNTRIES: readonly string[] = [...EU_COUNTRIES, 'IS', 'LI', 'NO'];

const EEA = new Set(EEA_COUNTRIES);

export function isEeaCountry(code: string): boolean {
  return EEA.has(code.toUpperCase());
}
