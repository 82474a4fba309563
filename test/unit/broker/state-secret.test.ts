import { findBuyerProfile } from '../../../src/domain/broker/buyer-profiles';
import { NO_MUST_HAVES } from '../../../src/domain/broker/broker.types';
import { matchProfile } from '../../../src/domain/broker/match-profile';
import { goodService, modelOf, provider, sourced } from './broker-fixtures';

const stateSecret = findBuyerProfile('state-secret')!;
const market = provider('market', { type: 'market' });
const gov = provider('gov');

const services = [
  goodService('selfhosted', { providerId: 'market', serviceModel: 'software' }),
  goodService('gov-community', { deployment: ['community'] }),
  goodService('public-iaas', { providerId: 'market', serviceModel: 'iaas', deployment: ['public'] }),
  goodService('market-software-unsourced', {
    providerId: 'market',
    serviceModel: 'software',
    openSource: { value: { licence: 'EUPL-1.2', selfHostable: true } },
  }),
  goodService('gov-on-market', { runsOn: ['public-iaas'] }),
  goodService('gov-public', { deployment: ['public'] }),
];
const model = modelOf(services, [gov, market]);
const result = matchProfile(model, { profile: stateSecret, mustHaves: NO_MUST_HAVES });

describe('state-secret profile', () => {
  it('admits only self-hosted software and government services that are not public cloud', () => {
    expect(result.included.map((i) => i.entry.service.id).sort()).toEqual(['gov-community', 'selfhosted']);
  });

  it('is a hosting rule, not a level: no level requirement appears', () => {
    expect(result.requirements).toEqual([{ kind: 'hosting' }]);
  });

  it.each([
    ['public-iaas', 'broker.reason.hosting.marketProvider', { provider: 'Provider market' }],
    ['market-software-unsourced', 'broker.reason.hosting.marketProvider', { provider: 'Provider market' }],
    [
      'gov-on-market',
      'broker.reason.hosting.runsOnMarket',
      { service: 'Service public-iaas', provider: 'Provider market' },
    ],
    ['gov-public', 'broker.reason.hosting.publicDeployment', { provider: 'Provider gov' }],
  ])('excludes %s and says why', (id, key, params) => {
    const excluded = result.excluded.find((e) => e.entry.service.id === id);
    expect(excluded?.failures).toEqual([
      { requirement: { kind: 'hosting' }, outcome: 'notMet', reason: { key, params } },
    ]);
  });

  it('notes how each included service qualifies', () => {
    const notes = Object.fromEntries(
      result.included.map((i) => [i.entry.service.id, i.notes.map((n) => n.key)]),
    );
    expect(notes).toEqual({
      selfhosted: ['broker.note.selfHosted'],
      'gov-community': ['broker.note.governmentHosted'],
    });
  });

  it('still applies must-haves on top', () => {
    const m = matchProfile(model, {
      profile: stateSecret,
      mustHaves: { ...NO_MUST_HAVES, frameworkAgreement: true },
    });
    const withoutFramework = modelOf(
      [goodService('gov-community', { contract: { frameworkAgreements: sourced([]) } })],
      [gov],
    );
    expect(m.included).toHaveLength(2);
    const none = matchProfile(withoutFramework, {
      profile: stateSecret,
      mustHaves: { ...NO_MUST_HAVES, frameworkAgreement: true },
    });
    expect(none.excluded[0].failures[0].reason.key).toBe('broker.reason.frameworkAgreement.notMet');
  });
});
