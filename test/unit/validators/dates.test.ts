import { ConfigError, loadConfig } from '../../../src/config';
import { isIsoDate } from '../../../src/domain/iso-date';
import { assessCatalogue } from '../../../src/domain/sovereignty/assess-catalogue';
import { buildReadModel } from '../../../src/domain/catalogue/read-model';
import { parseChangesQuery } from '../../../src/validators/changes-query';
import { makeDocument } from '../../support/catalogue-factory';

const IMPOSSIBLE = [
  '2026-02-29',
  '2026-02-30',
  '2027-04-31',
  '2026-13-01',
  '2026-00-10',
  '2026-01-00',
  '1900-02-29',
];
const REAL = ['2026-02-28', '2024-02-29', '2000-02-29', '2026-12-31', '2026-04-30', '0001-01-01'];

describe('isIsoDate', () => {
  it.each(REAL)('accepts the real date %s', (text) => {
    expect(isIsoDate(text)).toBe(true);
  });

  it.each([...IMPOSSIBLE, '2026-2-1', '26-02-01', '2026-02-01T00:00Z', ' 2026-02-01', ''])(
    'refuses %p',
    (text) => {
      expect(isIsoDate(text)).toBe(false);
    },
  );
});

describe('ASSESSMENT_DATE', () => {
  it('takes a real date', () => {
    expect(loadConfig({ ASSESSMENT_DATE: '2024-02-29' }).assessmentDate).toBe('2024-02-29');
  });

  it.each(IMPOSSIBLE)('refuses %s, naming the setting', (value) => {
    expect(() => loadConfig({ ASSESSMENT_DATE: value })).toThrow(ConfigError);
    expect(() => loadConfig({ ASSESSMENT_DATE: value })).toThrow(/ASSESSMENT_DATE: must be a real date/);
  });
});

describe('assessCatalogue', () => {
  it.each(IMPOSSIBLE)('refuses the assessment date %s, naming it', (date) => {
    expect(() => assessCatalogue(makeDocument(), date)).toThrow(RangeError);
    expect(() => assessCatalogue(makeDocument(), date)).toThrow(`assessedOn must be a real date`);
  });

  it('assesses on a real leap day', () => {
    expect(assessCatalogue(makeDocument(), '2024-02-29').size).toBe(makeDocument().services.length);
  });
});

describe('parseChangesQuery since', () => {
  const model = buildReadModel(makeDocument(), '2026-11-28');
  const since = (value: string) => parseChangesQuery({ since: value }, model, { since: true });

  it.each(['2026-02-30', '2026-02-30T09:00:00Z', '2026-13-01', '2027-04-31T00:00Z'])(
    'refuses since=%s, naming the parameter',
    (value) => {
      const result = since(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems).toEqual([{ parameter: 'since', code: 'history.errors.since' }]);
    },
  );

  it('reads a real date and a real date and time', () => {
    const day = since('2024-02-29');
    expect(day.ok && day.value.since?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    const moment = since('2026-02-28T09:30:00+01:00');
    expect(moment.ok && moment.value.since?.toISOString()).toBe('2026-02-28T08:30:00.000Z');
  });
});
