import { assessOne, makeEvidence, sourced } from './sovereignty.factories';
import type { Evidence } from '../../../src/domain/catalogue.types';

function assuranceOf(evidence: Evidence[]) {
  return assessOne({ evidence }).dimensions.assurance;
}

describe('assurance (A)', () => {
  it('is A0 without evidence entries, or with unsourced ones only', () => {
    expect(assuranceOf([]).level).toBe(0);
    expect(assuranceOf([]).rungs[0].reasonKey).toBe('sovereignty.reasons.assurance.noEntries');
    const unsourcedOnly = assessOne({ evidence: [makeEvidence('ISO27001', { sources: [] })] });
    expect(unsourcedOnly.dimensions.assurance.level).toBe(0);
    expect(unsourcedOnly.unverifiedFacts).toEqual(['evidence.ISO27001']);
  });

  it('reaches A1 with an entry that does not count', () => {
    const a = assuranceOf([makeEvidence('ISO27001', { coversService: false })]);
    expect(a.level).toBe(1);
    expect(a.rungs[1]).toMatchObject({
      passed: false,
      reasonKey: 'sovereignty.reasons.evidence.notCovering',
      reasonParams: { scheme: 'ISO27001' },
    });
    expect(a.raise.map((r) => r.key)).toEqual(['sovereignty.advice.assurance.A2']);
  });

  it('never counts an in-progress entry', () => {
    const a = assuranceOf([makeEvidence('ISO27001', { status: 'in-progress' })]);
    expect(a.level).toBe(1);
    expect(a.rungs[1].reasonKey).toBe('sovereignty.reasons.evidence.inProgress');
  });

  it('reaches A2 with a counting ISO 27001 entry', () => {
    const a = assuranceOf([makeEvidence('ISO27001')]);
    expect(a.level).toBe(2);
    expect(a.rungs[2].reasonKey).toBe('sovereignty.reasons.assurance.noExtension');
  });

  it.each([
    [makeEvidence('ISO27017'), 3],
    [makeEvidence('ISO27018'), 3],
    [makeEvidence('ISO27701'), 3],
    [makeEvidence('C5', { level: 'type2' }), 3],
    [makeEvidence('SOC2', { level: 'type2' }), 3],
    [makeEvidence('SOC2', { level: 'type1' }), 2],
    [makeEvidence('C5'), 2],
    [makeEvidence('ISO22301'), 2],
  ])('with ISO 27001, adding %j gives A%i', (extra, level) => {
    expect(assuranceOf([makeEvidence('ISO27001'), extra]).level).toBe(level);
  });

  it('does not reach A3 with the extension alone (A2 fails)', () => {
    const a = assuranceOf([makeEvidence('ISO27017')]);
    expect(a.level).toBe(1);
    expect(a.rungs[2]).toMatchObject({ passed: false, reasonKey: 'sovereignty.reasons.lowerRungFailed' });
  });

  it('reaches A4 with a qualification alone, which includes A2 and A3', () => {
    expect(assuranceOf([makeEvidence('SecNumCloud', { status: 'qualified' })]).level).toBe(4);
    expect(assuranceOf([makeEvidence('EUCS', { level: 'high' })]).level).toBe(4);
    const notQualified = assuranceOf([makeEvidence('SecNumCloud', { status: 'certified' })]);
    expect(notQualified.level).toBe(1);
    expect(notQualified.rungs[3].reasonKey).toBe('sovereignty.reasons.evidence.notQualified');
  });

  it('stops at A3 without a qualification and advises one', () => {
    const a = assuranceOf([makeEvidence('ISO27001'), makeEvidence('ISO27018')]);
    expect(a.level).toBe(3);
    expect(a.raise.map((r) => r.key)).toEqual(['sovereignty.advice.assurance.A4']);
  });

  it('is applicable for services that are not self-hosted software', () => {
    expect(
      assessOne({ openSource: sourced({ licence: 'MIT', selfHostable: true }) }).dimensions.assurance
        .applicable,
    ).toBe(true);
  });
});
