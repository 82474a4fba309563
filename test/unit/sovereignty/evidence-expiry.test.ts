import { ASSESSED_ON as ON, assessOne, makeEvidence } from './sovereignty.factories';

function assuranceLevel(validUntil: string) {
  return assessOne({ evidence: [makeEvidence('ISO27001', { validUntil })] }, undefined, ON).dimensions
    .assurance;
}

describe('evidence expiry against the assessment date', () => {
  it('counts an entry valid until the day after the assessment date', () => {
    expect(assuranceLevel('2026-06-16').level).toBe(2);
  });

  it('counts an entry valid until exactly the assessment date', () => {
    expect(assuranceLevel('2026-06-15').level).toBe(2);
  });

  it('does not count an entry that expired the day before, and says when', () => {
    const a = assuranceLevel('2026-06-14');
    expect(a.level).toBe(1);
    expect(a.rungs[1]).toMatchObject({
      reasonKey: 'sovereignty.reasons.evidence.expired',
      reasonParams: { scheme: 'ISO27001', date: '2026-06-14' },
    });
  });

  it('depends only on the date: the same entry counts on an earlier assessment date', () => {
    const entry = makeEvidence('SecNumCloud', { status: 'qualified', validUntil: '2022-05-31' });
    expect(assessOne({ evidence: [entry] }, undefined, '2022-05-31').overall).toBe(0);
    expect(assessOne({ evidence: [entry] }, undefined, '2022-05-31').dimensions.jurisdiction.level).toBe(4);
    expect(assessOne({ evidence: [entry] }, undefined, '2022-06-01').dimensions.jurisdiction.level).toBe(3);
  });
});
