import type { Control, Fact, OpenSourceValue, Service, Source } from '../../../src/domain/catalogue.types';
import type { Assessment } from '../../../src/domain/sovereignty/sovereignty.types';
import { makeSource } from '../../support/catalogue-factory';
import { ASSESSED_ON, assessOne, makeEvidence } from './sovereignty.factories';

/*
 * SOVEREIGNTY.md, "Dimensions and rung tests": "'Sourced' = the fact has ≥ 1 source."
 * Principle 2: "A rung is reached only by facts that carry at least one source. A fact without a
 * source is shown (marked unverified) but counts as absent."
 *
 * The spec sets no further condition on the source in the default view: its kind (primary or
 * secondary), its retrievedOn date (or none) and its checkedOn date do not matter there. Only the
 * checked-only view looks at checkedOn (see spec-checked-only.test.ts).
 */

type SourceCase = [label: string, counts: boolean, sources: Source[] | undefined];

const DAY_AFTER = '2026-06-16';
const SOURCE_CASES: SourceCase[] = [
  ['one primary source', true, [makeSource({ kind: 'primary' })]],
  ['only a secondary source', true, [makeSource({ kind: 'secondary' })]],
  ['a source without kind', true, [{ url: 'https://example.org/a' }]],
  ['a source without retrievedOn', true, [makeSource({ retrievedOn: undefined })]],
  ['a source retrieved after the assessment date', true, [makeSource({ retrievedOn: DAY_AFTER })]],
  ['a source checked after the assessment date (default view)', true, [makeSource({ checkedOn: DAY_AFTER })]],
  ['an empty sources array', false, []],
  ['no sources field at all', false, undefined],
];

const withSources = <T>(value: T, sources: Source[] | undefined): Fact<T> =>
  sources === undefined ? { value } : { value, sources };

/** One fact per dimension that, sourced, lifts that dimension from 0 to a known level. */
const FACTS: [
  fact: string,
  assess: (sources: Source[] | undefined) => Assessment,
  read: (a: Assessment) => number,
  whenSourced: number,
][] = [
  [
    'provider.control (J)',
    (sources) => assessOne({}, withSources<Control>('eea-controlled', sources)),
    (a) => a.dimensions.jurisdiction.level,
    3,
  ],
  [
    'data.locations (D)',
    (sources) => assessOne({ data: { locations: withSources(['NL'], sources) } }),
    (a) => a.dimensions.data.level,
    2,
  ],
  [
    'exit.exportFormats (T)',
    (sources) => assessOne({ exit: { exportFormats: withSources(['CSV'], sources) } }),
    (a) => a.dimensions.openness.level,
    1,
  ],
  [
    'an evidence entry (A)',
    (sources) => assessOne({ evidence: [{ ...makeEvidence('ISO27001'), sources }] }),
    (a) => a.dimensions.assurance.level,
    2,
  ],
  [
    'openSource of software (self-hosted rule)',
    (sources) => {
      const openSource = withSources<OpenSourceValue>({ licence: 'EUPL-1.2', selfHostable: true }, sources);
      return assessOne({ serviceModel: 'software', openSource } satisfies Partial<Service>, null);
    },
    // The provider has no control fact, so only the self-hosted rule can lift J.
    (a) => a.dimensions.jurisdiction.level,
    4,
  ],
];

describe('SOVEREIGNTY.md: "Sourced" = the fact has ≥ 1 source', () => {
  describe.each(FACTS)('%s', (_fact, assess, read, whenSourced) => {
    it.each(SOURCE_CASES)('with %s: counts = %s', (_label, counts, sources) => {
      const a = assess(sources);
      expect(a.assessedOn).toBe(ASSESSED_ON);
      expect(read(a)).toBe(counts ? whenSourced : 0);
    });
  });

  it.each(SOURCE_CASES.filter(([, counts]) => !counts))(
    '"A fact without a source is shown (marked unverified)": %s is listed as unverified',
    (_label, _counts, sources) => {
      const a = assessOne(
        {
          data: { locations: withSources(['NL'], sources) },
          exit: { dataActSwitching: withSources(true, sources) },
          evidence: [{ ...makeEvidence('SOC2'), sources }],
        },
        withSources<Control>('eea-controlled', sources),
      );
      expect(a.unverifiedFacts).toEqual([
        'provider.control',
        'data.locations',
        'exit.dataActSwitching',
        'evidence.SOC2',
      ]);
    },
  );

  it('"Omit a fact that is unknown" (schema): an absent fact is not listed as unverified', () => {
    const a = assessOne({ data: { locations: { value: ['NL'], sources: [makeSource()] } } }, null);
    expect(a.unverifiedFacts).toEqual([]);
    expect(a.dimensions.jurisdiction.rungs[0].reasonKey).toBe('sovereignty.reasons.factMissing');
  });
});
