import { assessOne, makeEvidence, sourced } from './sovereignty.factories';

describe('overall level and limiting dimensions', () => {
  it('is the minimum of the four dimensions, listing every dimension at that minimum', () => {
    // J3 (EEA, no qualification), D2 (EEA locations), T1 (formats only), A2 (ISO 27001).
    const a = assessOne({
      data: { locations: sourced(['NL']) },
      exit: { exportFormats: sourced(['CSV']) },
      evidence: [makeEvidence('ISO27001')],
    });
    expect([a.dimensions.jurisdiction.level, a.dimensions.data.level, a.dimensions.openness.level]).toEqual([
      3, 2, 1,
    ]);
    expect(a.dimensions.assurance.level).toBe(2);
    expect(a.overall).toBe(1);
    expect(a.limitedBy).toEqual(['openness']);
  });

  it('lists all dimensions tied at the minimum', () => {
    const a = assessOne(
      { data: { locations: sourced(['NL']) }, evidence: [makeEvidence('ISO27001')] },
      sourced('european-non-eea'),
    );
    expect(a.overall).toBe(0);
    expect(a.limitedBy).toEqual(['openness']);
    const tied = assessOne(
      {
        data: { locations: sourced(['NL']) },
        exit: { exportFormats: sourced(['CSV']), dataActSwitching: sourced(true) },
        evidence: [makeEvidence('ISO27001')],
      },
      sourced('european-non-eea'),
    );
    expect(tied.overall).toBe(2);
    expect(tied.limitedBy).toEqual(['jurisdiction', 'data', 'openness', 'assurance']);
  });

  it('records the assessment date and the unverified facts it looked at', () => {
    const a = assessOne({
      openSource: { value: { licence: 'proprietary' } },
      data: { locations: { value: ['NL'] }, keyCustody: sourced('provider') },
    });
    expect(a.assessedOn).toBe('2026-06-15');
    expect(a.unverifiedFacts).toEqual(['openSource', 'data.locations']);
  });

  it('rejects an assessment date that is not an ISO date', () => {
    expect(() => assessOne({}, undefined, '15-06-2026')).toThrow(RangeError);
  });
});
