import { composeSolution } from '../../../src/domain/solution/compose-solution';
import { makeFact } from '../../support/catalogue-factory';
import { composition, iaas, model, saas, software } from './solution-fixtures';

describe('sovereignty of the whole', () => {
  // Mail (D2) and self-hosted files; the host stores data in DE and US (D1): only the host decides.
  const m = model([
    saas('mail'),
    software('files'),
    iaas('host-us', { data: { locations: makeFact(['DE', 'US']) } }),
    iaas('host-eu'),
  ]);

  it('lets self-hosted software inherit data from the host the buyer chose', () => {
    const solution = composeSolution(
      m,
      composition(
        [
          ['mail-calendar', 'mail'],
          ['file-storage', 'files'],
        ],
        [['files', { kind: 'service', serviceId: 'host-us' }]],
      ),
    );
    const data = solution.sovereignty.dimensions.data;
    expect(data.level).toBe(1);
    expect(data.limiting.map((l) => l.serviceId)).toEqual(['files', 'host-us']);
    const files = data.limiting[0];
    expect(files.via).toEqual(['host-us']);
    expect(files.decidedBy).toBe('host-us');
    expect(files.cause?.params?.countries).toBe('US');
    expect(solution.sovereignty.provisional).toBe(false);
  });

  it('keeps the software at its own level in the own data centre, so another component decides', () => {
    const solution = composeSolution(
      m,
      composition(
        [
          ['mail-calendar', 'mail'],
          ['file-storage', 'files'],
        ],
        [['files', { kind: 'own' }]],
      ),
    );
    const data = solution.sovereignty.dimensions.data;
    expect(data.level).toBe(2);
    expect(data.limiting.map((l) => l.serviceId)).toEqual(['mail']);
  });

  it('on an EEA host the host limits nothing below the mail service', () => {
    const solution = composeSolution(
      m,
      composition(
        [
          ['mail-calendar', 'mail'],
          ['file-storage', 'files'],
        ],
        [['files', { kind: 'service', serviceId: 'host-eu' }]],
      ),
    );
    expect(solution.sovereignty.dimensions.data.level).toBe(2);
    expect(solution.sovereignty.dimensions.data.limiting.map((l) => l.serviceId)).toEqual([
      'mail',
      'files',
      'host-eu',
    ]);
  });

  it('marks the level provisional while the host is not chosen', () => {
    const solution = composeSolution(m, composition([['file-storage', 'files']]));
    expect(solution.sovereignty.provisional).toBe(true);
    expect(solution.sovereignty.dimensions.data.undetermined).toEqual(['files']);
    expect(solution.sovereignty.dimensions.jurisdiction.undetermined).toEqual(['files']);
    expect(solution.sovereignty.dimensions.openness.undetermined).toEqual([]);
  });

  it('leaves assurance of self-hosted software out, as the method does', () => {
    const solution = composeSolution(
      m,
      composition([['file-storage', 'files']], [['files', { kind: 'own' }]]),
    );
    expect(solution.sovereignty.dimensions.assurance.level).toBeUndefined();
    expect(solution.sovereignty.overall).toBe(4);
  });

  it('follows runsOn of the catalogue for a SaaS component', () => {
    const withChain = model([
      saas('mail', { runsOn: ['host-us'] }),
      iaas('host-us', { data: { locations: makeFact(['US']) } }),
    ]);
    const solution = composeSolution(withChain, composition([['mail-calendar', 'mail']]));
    const limiting = solution.sovereignty.dimensions.data.limiting;
    expect(solution.sovereignty.dimensions.data.level).toBe(0);
    expect(limiting[0]).toMatchObject({ serviceId: 'mail', decidedBy: 'host-us', via: ['host-us'] });
  });
});
