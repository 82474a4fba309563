import { composeSolution } from '../../../src/domain/solution/compose-solution';
import { makeEvidence, makeFact } from '../../support/catalogue-factory';
import { composition, iaas, model, saas, software } from './solution-fixtures';

describe('requirement checks', () => {
  const m = model([
    saas('certified', { evidence: [makeEvidence()], exit: { exportFormats: makeFact(['ODT', 'PDF']) } }),
    saas('expired', {
      evidence: [makeEvidence({ validUntil: '2020-01-01' })],
      exit: { exportFormats: makeFact(['DOCX']) },
    }),
    saas('silent'),
    software('files'),
    iaas('host-us', { data: { locations: makeFact(['US']) }, evidence: [makeEvidence()] }),
  ]);
  const check = (ids: [string, string][], hosts: Parameters<typeof composition>[1] = [], id = 'iso27001') =>
    composeSolution(m, composition(ids, hosts)).checks.find((c) => c.id === id)!;

  it('ISO 27001: met only when every component shows it; expired is not met, absent unknown', () => {
    expect(check([['mail-calendar', 'certified']]).outcome).toBe('met');
    expect(
      check([
        ['mail-calendar', 'certified'],
        ['chat', 'silent'],
      ]).outcome,
    ).toBe('unknown');
    expect(
      check([
        ['mail-calendar', 'certified'],
        ['chat', 'silent'],
        ['file-storage', 'expired'],
      ]).outcome,
    ).toBe('notMet');
  });

  it('ISO 27001 of self-hosted software is that of its host', () => {
    const c = check([['file-storage', 'files']], [['files', { kind: 'service', serviceId: 'host-us' }]]);
    expect(c.components[0]).toMatchObject({ serviceId: 'files', outcome: 'met', via: 'host-us' });
  });

  it('data in the EEA: software on a US host is not met through the host; in the own data centre met', () => {
    const onUs = check(
      [['file-storage', 'files']],
      [['files', { kind: 'service', serviceId: 'host-us' }]],
      'dataInEea',
    );
    expect(onUs.outcome).toBe('notMet');
    expect(onUs.components[0]).toMatchObject({ serviceId: 'files', outcome: 'notMet', via: 'host-us' });
    const own = check([['file-storage', 'files']], [['files', { kind: 'own' }]], 'dataInEea');
    expect(own.outcome).toBe('met');
  });

  it('durable formats: ODT counts as ODF, DOCX alone does not', () => {
    expect(check([['mail-calendar', 'certified']], [], 'durableFormats').outcome).toBe('met');
    expect(check([['mail-calendar', 'expired']], [], 'durableFormats').outcome).toBe('notMet');
    expect(check([['mail-calendar', 'silent']], [], 'durableFormats').outcome).toBe('unknown');
  });
});
