import type { OpenSourceValue, Service } from '../../../src/domain/catalogue.types';
import { assessOne, makeEvidence, sourced, unsourced } from './sovereignty.factories';

const openSource = sourced<OpenSourceValue>({ licence: 'EUPL-1.2', selfHostable: true });
// A vendor with no sovereignty facts at all: only the self-hosted rules can lift this software.
const software: Partial<Service> = { serviceModel: 'software', openSource };

describe('self-hosted software rules', () => {
  it('sets J, D and T to 4 by rule, even for a vendor operated from outside Europe', () => {
    const a = assessOne(software, sourced('non-eu'));
    expect(a.selfHosted).toBe(true);
    for (const dimension of ['jurisdiction', 'data', 'openness'] as const) {
      expect(a.dimensions[dimension]).toMatchObject({ level: 4, selfHostedRule: true, raise: [] });
      expect(a.dimensions[dimension].rungs.every((r) => r.passed)).toBe(true);
    }
  });

  it('leaves assurance out of the overall level', () => {
    const a = assessOne(software, sourced('non-eu'));
    expect(a.dimensions.assurance).toMatchObject({ applicable: false, level: 0, raise: [] });
    expect(a.overall).toBe(4);
    expect(a.limitedBy).toEqual(['jurisdiction', 'data', 'openness']);
  });

  it('still shows the vendor evidence on the not-applicable assurance dimension', () => {
    const a = assessOne({ ...software, evidence: [makeEvidence('ISO27001')] });
    expect(a.dimensions.assurance.level).toBe(2);
    expect(a.overall).toBe(4);
  });

  it.each<[string, Partial<Service>]>([
    ['the service model is SaaS', { serviceModel: 'saas' }],
    ['the licence fact is unsourced', { openSource: unsourced({ licence: 'EUPL-1.2', selfHostable: true }) }],
    [
      'the licence is not OSI-approved',
      { openSource: sourced({ licence: 'proprietary', selfHostable: true }) },
    ],
    ['selfHostable is false', { openSource: sourced({ licence: 'EUPL-1.2', selfHostable: false }) }],
    ['selfHostable is not recorded', { openSource: sourced({ licence: 'EUPL-1.2' }) }],
  ])('do not apply when %s', (_label, overrides) => {
    const a = assessOne({ ...software, ...overrides }, sourced('non-eu'));
    expect(a.selfHosted).toBe(false);
    expect(a.dimensions.jurisdiction.level).toBe(0);
    expect(a.dimensions.data.level).toBe(0);
    expect(a.dimensions.assurance.applicable).toBe(true);
    expect(a.overall).toBe(0);
  });
});
