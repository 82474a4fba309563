import { composeSolution } from '../../../src/domain/solution/compose-solution';
import { makeFact, makeUnsourcedFact } from '../../support/catalogue-factory';
import { composition, model, saas } from './solution-fixtures';

const standards = (...values: string[]) => ({ openStandards: makeFact(values) });

describe('integration', () => {
  const m = model([
    saas('idp', { exit: standards('OpenID Connect', 'SAML 2.0') }),
    saas('mail-oidc', { exit: standards('OIDC', 'IMAP4') }),
    saas('chat-saml', { exit: standards('SAML') }),
    saas('video-none', { exit: standards('SCIM-like', 'WebRTC') }),
    saas('files-unknown', { exit: { openStandards: makeUnsourcedFact(['OpenID Connect']) } }),
  ]);
  const solution = composeSolution(
    m,
    composition([
      ['identity-portal', 'idp'],
      ['mail-calendar', 'mail-oidc'],
      ['chat', 'chat-saml'],
      ['video-meetings', 'video-none'],
      ['file-storage', 'files-unknown'],
    ]),
  );
  const pair = (kind: string, b: string) =>
    solution.integration.pairs.find((p) => p.kind === kind && p.b === b)!;

  it('matches standards through the vocabulary aliases', () => {
    expect(pair('identity', 'mail-oidc')).toMatchObject({ outcome: 'met', shared: ['openid-connect'] });
    expect(pair('identity', 'chat-saml')).toMatchObject({ outcome: 'met', shared: ['saml'] });
  });

  it('does not match a string that is no alias, and says not met when both sides are known', () => {
    expect(pair('identity', 'video-none')).toMatchObject({ outcome: 'notMet', shared: [] });
    expect(solution.integration.standards.get('video-none')?.unrecognised).toEqual(['SCIM-like']);
  });

  it('is unknown when one side has no sourced standards, never met on an unsourced fact', () => {
    expect(pair('identity', 'files-unknown')).toMatchObject({
      outcome: 'unknown',
      unknownSides: ['files-unknown'],
    });
  });

  it('pairs chat with video by role, and mail with calendar inside one component', () => {
    expect(pair('chatVideo', 'video-none')).toMatchObject({ a: 'chat-saml', outcome: 'notMet' });
    expect(pair('mailCalendar', 'mail-oidc')).toMatchObject({ sameComponent: true, outcome: 'met' });
  });

  it('is not met as a whole when one pair is not met', () => {
    expect(solution.integration.outcome).toBe('notMet');
    const check = solution.checks.find((c) => c.id === 'integration')!;
    expect(check.outcome).toBe('notMet');
  });

  it('without an identity service it is unknown and says so', () => {
    const alone = composeSolution(m, composition([['mail-calendar', 'mail-oidc']]));
    expect(alone.integration.identity).toEqual([]);
    expect(alone.integration.outcome).toBe('unknown');
    expect(alone.checks.find((c) => c.id === 'integration')?.reason?.key).toBe('solution.reason.noIdentity');
  });
});
