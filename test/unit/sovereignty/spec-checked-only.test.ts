import type { Control, OpenSourceValue, Service, Source } from '../../../src/domain/catalogue.types';
import { assessCatalogue } from '../../../src/domain/sovereignty/assess-catalogue';
import { checkedOnlyDocument } from '../../../src/domain/sovereignty/checked-only';
import type { Assessment } from '../../../src/domain/sovereignty/sovereignty.types';
import { makeSource } from '../../support/catalogue-factory';
import { ASSESSED_ON, makeDocument, makeEvidence, makeProvider, makeService } from './sovereignty.factories';

/*
 * SOVEREIGNTY.md, "Checked-only view": "The checked-only view applies exactly the rules above, except
 * that a fact or an evidence entry counts as sourced only when at least one of its sources has a
 * checkedOn on or before the assessment date. The default view stays as above (any source counts)."
 */

const ON = ASSESSED_ON; // 2026-06-15
const checked = (checkedOn?: string): Source => makeSource(checkedOn ? { checkedOn } : {});
const fact = <T>(value: T, sources: Source[]) => ({ value, sources });

/** Both views of one service (and, when given, the services it runs on). */
function bothViews(
  service: Partial<Service>,
  control: Source[] = [checked(ON)],
  others: Service[] = [],
): { all: Assessment; checkedOnly: Assessment } {
  const document = makeDocument(
    [makeService(service), ...others],
    [makeProvider({}, fact<Control>('eea-controlled', control))],
  );
  const assess = (doc: typeof document) => assessCatalogue(doc, ON).get('test-service') as Assessment;
  return { all: assess(document), checkedOnly: assess(checkedOnlyDocument(document, ON)) };
}

describe('checked-only view: "counts as sourced only when at least one of its sources has a checkedOn on or before the assessment date"', () => {
  it.each<[string, boolean, Source[]]>([
    ['checked on the assessment date', true, [checked(ON)]],
    ['checked the day before', true, [checked('2026-06-14')]],
    ['checked the day after', false, [checked('2026-06-16')]],
    ['never checked', false, [checked()]],
    ['one unchecked and one checked source', true, [checked(), checked('2026-01-01')]],
    ['two sources, both checked after the date', false, [checked('2026-06-16'), checked('2027-01-01')]],
    ['a secondary source checked in time', true, [makeSource({ kind: 'secondary', checkedOn: ON })]],
  ])('data.locations %s: counts = %s', (_label, counts, sources) => {
    const { all, checkedOnly } = bothViews({ data: { locations: fact(['NL'], sources) } });
    expect(all.dimensions.data.level).toBe(2);
    expect(checkedOnly.dimensions.data.level).toBe(counts ? 2 : 0);
    expect(checkedOnly.unverifiedFacts.includes('data.locations')).toBe(!counts);
  });

  it('applies to provider.control (J)', () => {
    const { all, checkedOnly } = bothViews({}, [checked('2026-06-16')]);
    expect([all.dimensions.jurisdiction.level, checkedOnly.dimensions.jurisdiction.level]).toEqual([3, 0]);
  });

  it('"A1: at least one sourced evidence entry exists": an entry with no checked source gives A0', () => {
    const { all, checkedOnly } = bothViews({
      evidence: [makeEvidence('ISO27001', { sources: [checked()] })],
    });
    expect([all.dimensions.assurance.level, checkedOnly.dimensions.assurance.level]).toEqual([2, 0]);
  });

  it('keeps the other counting rules: a checked but expired certificate still does not count', () => {
    const entry = makeEvidence('ISO27001', { validUntil: '2026-06-14', sources: [checked(ON)] });
    const { checkedOnly } = bothViews({ evidence: [entry] });
    expect(checkedOnly.dimensions.assurance.level).toBe(1);
  });

  it('applies to immunity evidence (J4) and to the qualification (A4) alike', () => {
    const entry = makeEvidence('SecNumCloud', { status: 'qualified', sources: [checked('2026-06-16')] });
    const { all, checkedOnly } = bothViews({ evidence: [entry] });
    expect([all.dimensions.jurisdiction.level, all.dimensions.assurance.level]).toEqual([4, 4]);
    expect([checkedOnly.dimensions.jurisdiction.level, checkedOnly.dimensions.assurance.level]).toEqual([
      3, 0,
    ]);
  });

  it('applies to the self-hosted rule ("all sourced"): an unchecked openSource fact is not self-hosted', () => {
    const openSource = fact<OpenSourceValue>({ licence: 'EUPL-1.2', selfHostable: true }, [checked()]);
    const { all, checkedOnly } = bothViews({ serviceModel: 'software', openSource });
    expect([all.selfHosted, all.overall]).toEqual([true, 4]);
    expect(checkedOnly.selfHosted).toBe(false);
    expect(checkedOnly.dimensions.assurance.applicable).toBe(true);
    expect(checkedOnly.overall).toBe(0);
  });

  it('applies to the supply-chain cap: the underlying service is assessed on checked sources too', () => {
    const host = makeService({
      id: 'host',
      data: { locations: fact(['NL'], [checked()]) },
    });
    const { all, checkedOnly } = bothViews(
      { runsOn: ['host'], data: { locations: fact(['NL'], [checked(ON)]) } },
      [checked(ON)],
      [host],
    );
    expect(all.dimensions.data.level).toBe(2);
    expect(checkedOnly.dimensions.data).toMatchObject({
      level: 0,
      ownLevel: 2,
      cappedBy: { serviceId: 'host' },
    });
  });

  it('"The default view stays as above": unchecked sources count there, and the document is not changed', () => {
    const document = makeDocument(
      [makeService({ data: { locations: fact(['NL'], [checked()]) } })],
      [makeProvider({}, fact<Control>('eea-controlled', [checked()]))],
    );
    const before = JSON.stringify(document);
    checkedOnlyDocument(document, ON);
    expect(JSON.stringify(document)).toBe(before);
    expect(levelsOf(assessCatalogue(document, ON).get('test-service') as Assessment)).toEqual([3, 2]);
  });
});

function levelsOf(a: Assessment): number[] {
  return [a.dimensions.jurisdiction.level, a.dimensions.data.level];
}
