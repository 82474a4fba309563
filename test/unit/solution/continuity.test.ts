import { composeSolution } from '../../../src/domain/solution/compose-solution';
import { composition, iaas, model, software } from './solution-fixtures';

describe('single points of failure', () => {
  const m = model([
    software('files'),
    software('docs'),
    software('chat'),
    software('video'),
    iaas('host-a'),
    iaas('host-b'),
    iaas('host-other', { providerId: 'p-one' }),
  ]);

  /** Files on host-a, chat on host-other (another provider), and documents on `docsHost`. */
  const filesDocsChat = (docsHost: string) =>
    composeSolution(
      m,
      composition(
        [
          ['file-storage', 'files'],
          ['word-processing', 'docs'],
          ['chat', 'chat'],
        ],
        [
          ['files', { kind: 'service', serviceId: 'host-a' }],
          ['docs', { kind: 'service', serviceId: docsHost }],
          ['chat', { kind: 'service', serviceId: 'host-other' }],
        ],
      ),
    );

  it('names a host service two components run on, and only that one', () => {
    const solution = filesDocsChat('host-a');
    expect(solution.continuity.singlePoints).toEqual([
      { kind: 'service', serviceId: 'host-a', serviceIds: ['files', 'docs'] },
    ]);
  });

  it('names a provider whose different services carry two components', () => {
    const solution = filesDocsChat('host-b');
    expect(solution.continuity.singlePoints).toEqual([
      { kind: 'provider', providerId: 'p-two', serviceIds: ['files', 'docs'] },
    ]);
  });

  it('names the own data centre when two components run there, not when one does', () => {
    const two = composeSolution(
      m,
      composition(
        [
          ['file-storage', 'files'],
          ['chat', 'chat'],
        ],
        [
          ['files', { kind: 'own' }],
          ['chat', { kind: 'own' }],
        ],
      ),
    );
    // Components in catalogue order of their functions: chat comes before file storage.
    expect(two.continuity.singlePoints).toEqual([{ kind: 'own', serviceIds: ['chat', 'files'] }]);
    const one = composeSolution(
      m,
      composition(
        [
          ['file-storage', 'files'],
          ['chat', 'chat'],
        ],
        [['files', { kind: 'own' }]],
      ),
    );
    expect(one.continuity.singlePoints).toEqual([]);
  });

  it('gives each component its exit readiness', () => {
    const solution = composeSolution(
      m,
      composition([['file-storage', 'files']], [['files', { kind: 'service', serviceId: 'host-a' }]]),
    );
    expect(solution.continuity.exit.map((e) => [e.serviceId, e.level])).toEqual([
      ['files', 4],
      ['host-a', 0],
    ]);
    expect(solution.continuity.exit[1].missing?.key).toMatch(/^sovereignty\./);
  });
});
