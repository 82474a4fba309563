import type { Control } from '../../../src/domain/catalogue.types';
import { assessOne, makeEvidence, passedRungs, sourced, unsourced } from './sovereignty.factories';

const secNumCloud = makeEvidence('SecNumCloud', { status: 'qualified' });

describe('jurisdiction (J)', () => {
  it.each<[Control, number]>([
    ['non-eu', 0],
    ['eu-subsidiary-of-non-eu-parent', 1],
    ['european-non-eea', 2],
    ['eu-operator-non-eu-technology', 2],
    ['eea-controlled', 3],
  ])('control %s without immunity evidence gives J%i', (control, level) => {
    const j = assessOne({}, sourced(control)).dimensions.jurisdiction;
    expect(j.level).toBe(level);
    expect(j.rungs[level]?.passed ?? false).toBe(false);
  });

  it('explains a failed J1 by the control value and advises on J1', () => {
    const j = assessOne({}, sourced('non-eu')).dimensions.jurisdiction;
    expect(j.firstFailed).toBe('J1');
    expect(j.rungs[0]).toMatchObject({
      passed: false,
      reasonKey: 'sovereignty.reasons.control',
      reasonParams: { control: 'non-eu' },
    });
    expect(j.raise.map((r) => r.key)).toEqual(['sovereignty.advice.jurisdiction.J1']);
  });

  it('reaches J3 for a European non-EEA operator with a SecNumCloud qualification', () => {
    const j = assessOne({ evidence: [secNumCloud] }, sourced('eu-operator-non-eu-technology')).dimensions
      .jurisdiction;
    expect(j.level).toBe(3);
    expect(j.rungs[2]).toMatchObject({ passed: true, reasonKey: 'sovereignty.reasons.immunity' });
    expect(j.rungs[3]).toMatchObject({ passed: false, reasonKey: 'sovereignty.reasons.control' });
    expect(j.raise.map((r) => r.key)).toEqual(['sovereignty.advice.jurisdiction.J4eea']);
  });

  it('does not let immunity evidence lift an EEA subsidiary of a non-European parent above J1', () => {
    const j = assessOne({ evidence: [secNumCloud] }, sourced('eu-subsidiary-of-non-eu-parent')).dimensions
      .jurisdiction;
    expect(j.level).toBe(1);
    expect(
      passedRungs(
        assessOne({ evidence: [secNumCloud] }, sourced('eu-subsidiary-of-non-eu-parent')),
        'jurisdiction',
      ),
    ).toEqual(['J1']);
  });

  it('reaches J4 only with EEA control and a counting qualification', () => {
    expect(assessOne({ evidence: [secNumCloud] }).dimensions.jurisdiction.level).toBe(4);
    expect(
      assessOne({ evidence: [makeEvidence('EUCS', { level: 'high' })] }).dimensions.jurisdiction.level,
    ).toBe(4);
    const j = assessOne({}).dimensions.jurisdiction;
    expect(j.level).toBe(3);
    expect(j.rungs[3].reasonKey).toBe('sovereignty.reasons.evidence.noQualification');
    expect(j.raise.map((r) => r.key)).toEqual(['sovereignty.advice.jurisdiction.J4immunity']);
  });

  it.each([
    ['in progress', makeEvidence('SecNumCloud', { status: 'in-progress' }), 'inProgress'],
    [
      'not covering the service',
      makeEvidence('SecNumCloud', { status: 'qualified', coversService: false }),
      'notCovering',
    ],
    ['EUCS below high', makeEvidence('EUCS', { level: 'substantial' }), 'levelNotHigh'],
  ])('does not count SecNumCloud/EUCS that is %s as immunity', (_label, entry, reasonName) => {
    const j = assessOne({ evidence: [entry] }).dimensions.jurisdiction;
    expect(j.level).toBe(3);
    expect(j.rungs[3].reasonKey).toBe(`sovereignty.reasons.evidence.${reasonName}`);
  });

  it('treats an unsourced or missing control fact as absent (J0) and advises sourcing it', () => {
    const unverified = assessOne({}, unsourced('eea-controlled'));
    expect(unverified.dimensions.jurisdiction.level).toBe(0);
    expect(unverified.dimensions.jurisdiction.rungs[0].reasonKey).toBe('sovereignty.reasons.factUnverified');
    expect(unverified.dimensions.jurisdiction.raise).toEqual([
      { key: 'sovereignty.advice.sourceFact', params: { fact: 'provider.control' } },
    ]);
    expect(unverified.unverifiedFacts).toContain('provider.control');
    const missing = assessOne({}, null).dimensions.jurisdiction;
    expect(missing.level).toBe(0);
    expect(missing.rungs[0].reasonKey).toBe('sovereignty.reasons.factMissing');
  });
});
