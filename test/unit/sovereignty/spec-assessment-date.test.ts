import type { Control } from '../../../src/domain/catalogue.types';
import {
  CatalogueStore,
  documentSource,
  todayInAmsterdam,
} from '../../../src/services/catalogue/catalogue-store';
import { makeSource } from '../../support/catalogue-factory';
import { makeDocument, makeEvidence, makeProvider, makeService, sourced } from './sovereignty.factories';

/*
 * SOVEREIGNTY.md principle 5: "Levels depend only on the catalogue data and the assessment date
 * (which decides what has expired). The assessment date is shown and returned by the API."
 * The catalogue's assessment date is today in Europe/Amsterdam (CET in winter, CEST in summer), so
 * evidence valid until a date stops counting at midnight Amsterdam time, not at midnight UTC.
 */

describe('the assessment date is the calendar date in Europe/Amsterdam', () => {
  it.each<[string, string, string]>([
    ['winter, 23:30 UTC is 00:30 CET the next day', '2026-11-30T23:30:00Z', '2026-12-01'],
    ['winter, 22:59 UTC is 23:59 CET the same day', '2026-11-30T22:59:59Z', '2026-11-30'],
    ['summer, 22:30 UTC is 00:30 CEST the next day', '2026-06-30T22:30:00Z', '2026-07-01'],
    ['summer, 21:59 UTC is 23:59 CEST the same day', '2026-06-30T21:59:59Z', '2026-06-30'],
    ['year end, 23:00 UTC on 31 December is New Year in Amsterdam', '2026-12-31T23:00:00Z', '2027-01-01'],
    ['the night clocks go forward, 01:30 UTC is 03:30 CEST', '2026-03-29T01:30:00Z', '2026-03-29'],
  ])('%s', (_label, instant, date) => {
    expect(todayInAmsterdam(new Date(instant))).toBe(date);
  });
});

describe('a certificate "valid until" today expires at midnight in Amsterdam', () => {
  const entry = makeEvidence('SecNumCloud', { status: 'qualified', validUntil: '2026-11-30' });
  const document = makeDocument(
    [makeService({ evidence: [entry] })],
    [
      makeProvider(
        {},
        { ...sourced<Control>('eea-controlled'), sources: [makeSource({ checkedOn: '2026-11-01' })] },
      ),
    ],
  );

  it('counts on its last day and not after, in both views, with the date on the assessment', async () => {
    let now = new Date('2026-11-30T22:59:00Z'); // 23:59 in Amsterdam, still 30 November
    const store = new CatalogueStore(documentSource(document), () => todayInAmsterdam(now));
    await store.reload();
    const levelOf = (checked: boolean) => {
      const model = checked ? store.checkedOnly() : store.current();
      const assessment = model.serviceById.get('test-service')!.assessment;
      return [
        assessment.assessedOn,
        assessment.dimensions.jurisdiction.level,
        assessment.dimensions.assurance.level,
      ];
    };
    expect(levelOf(false)).toEqual(['2026-11-30', 4, 4]);
    // Checked-only: the control fact is checked; the certificate's source is not (A0), and it is
    // not immunity evidence there either (J3).
    expect(levelOf(true)).toEqual(['2026-11-30', 3, 0]);

    now = new Date('2026-11-30T23:00:00Z'); // 00:00 on 1 December in Amsterdam, still 30 November in UTC
    expect(levelOf(false)).toEqual(['2026-12-01', 3, 1]);
    expect(levelOf(true)).toEqual(['2026-12-01', 3, 0]);
  });
});
