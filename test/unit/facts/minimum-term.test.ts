import { translator } from '../../../src/i18n/i18n';
import { cellFormatter } from '../../../src/presenters/compare/format-cell';
import { formatValue } from '../../../src/presenters/facts/fact.presenter';
import { formatMinimumTerm } from '../../../src/presenters/facts/minimum-term';

const nl = translator('nl');
const en = translator('en');

describe('minimum contract term in words', () => {
  it('says there is no minimum term for 0 months, in both languages', () => {
    expect(formatMinimumTerm(0, nl)).toBe('geen minimale looptijd');
    expect(formatMinimumTerm(0, en)).toBe('no minimum term');
  });

  it('counts months otherwise, singular for one', () => {
    expect(formatMinimumTerm(1, nl)).toBe('1 maand');
    expect(formatMinimumTerm(12, nl)).toBe('12 maanden');
    expect(formatMinimumTerm(1, en)).toBe('1 month');
    expect(formatMinimumTerm(36, en)).toBe('36 months');
  });

  it('reads the same on the service page and in the comparison', () => {
    const compare = cellFormatter(nl, 'nl', (id) => id);
    for (const months of [0, 1, 24]) {
      const page = formatValue(months, 'minimumTerm', nl, 'nl');
      expect(page).toBe(formatMinimumTerm(months, nl));
      expect(compare.value({ type: 'number', value: months, unit: 'minimumTerm' })).toBe(page);
    }
  });

  it('leaves other zero durations as numbers (a notice period of 0 days is 0 days)', () => {
    expect(formatValue(0, 'days', nl, 'nl')).toBe('0 dagen');
  });
});
