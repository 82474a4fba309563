import type { Control, Evidence, Service } from '../../../src/domain/catalogue.types';
import { DIMENSION_CODE, DIMENSIONS } from '../../../src/domain/sovereignty/sovereignty.types';
import { assessOne, makeEvidence, sourced, unsourced } from './sovereignty.factories';

/*
 * SOVEREIGNTY.md principle 3: "For every dimension the page lists the rung tests that passed, the
 * first test that failed, and what evidence would raise the level." And: "Each dimension's level is
 * the highest rung whose test and all lower rungs' tests pass."
 * Checked over every combination of a few variants per dimension, so the invariants hold for
 * services no single example thought of.
 */

const controls: (Control | null)[] = [
  null,
  'non-eu',
  'eu-subsidiary-of-non-eu-parent',
  'european-non-eea',
  'eea-controlled',
];
const dataVariants: Service['data'][] = [
  undefined,
  { locations: sourced(['NL', 'US']), keyCustody: sourced('end-to-end') },
  {
    locations: sourced(['NL']),
    contractualEeaOnly: sourced(false),
    supportAccessInEea: sourced(true),
    keyCustody: sourced('customer-kms'),
  },
  {
    locations: sourced(['DE']),
    contractualEeaOnly: sourced(true),
    supportAccessInEea: sourced(true),
    keyCustody: unsourced('customer-kms'),
  },
  {
    locations: sourced(['FR']),
    contractualEeaOnly: sourced(true),
    supportAccessInEea: sourced(true),
    keyCustody: sourced('customer-kms'),
  },
];
const exitVariants: Service['exit'][] = [
  undefined,
  { openStandards: sourced(['S3']), exportFormats: sourced(['CSV']) },
  { exportFormats: sourced(['CSV']), dataActSwitching: sourced(true) },
  { openStandards: sourced(['S3']), exportFormats: sourced(['CSV']), dataActSwitching: sourced(true) },
];
const evidenceVariants: Evidence[][] = [
  [],
  [makeEvidence('ISO27017')],
  [makeEvidence('ISO27001'), makeEvidence('SOC2', { level: 'type2' })],
  [makeEvidence('EUCS', { level: 'high' })],
];
const cases: [string, Partial<Service>, Control | null][] = [];
for (const control of controls)
  for (const [d, data] of dataVariants.entries())
    for (const [x, exit] of exitVariants.entries())
      for (const [e, evidence] of evidenceVariants.entries())
        cases.push([
          `control ${control} data#${d} exit#${x} evidence#${e}`,
          { data, exit, evidence },
          control,
        ]);

describe('principle 3 (explainable) and "highest rung whose test and all lower rungs\' tests pass"', () => {
  it.each(cases)('%s', (_label, service, control) => {
    const a = assessOne(service, control === null ? null : sourced(control));
    for (const dimension of DIMENSIONS) {
      const d = a.dimensions[dimension];
      const code = DIMENSION_CODE[dimension];
      // Passed rungs are exactly rungs 1…level.
      expect(d.rungs.filter((r) => r.passed).map((r) => r.rung)).toEqual([1, 2, 3, 4].slice(0, d.level));
      expect(d.rungs.map((r) => r.code)).toEqual([1, 2, 3, 4].map((r) => `${code}${r}`));
      // The first failed test, and advice whenever the level can still rise.
      expect(d.firstFailed).toBe(d.level === 4 ? undefined : `${code}${d.level + 1}`);
      expect(d.raise.length > 0).toBe(d.level < 4);
      for (const rung of d.rungs) expect(rung.reasonKey).toMatch(/^sovereignty\.reasons\./);
    }
    expect(a.overall).toBe(Math.min(...DIMENSIONS.map((dim) => a.dimensions[dim].level)));
  });
});
