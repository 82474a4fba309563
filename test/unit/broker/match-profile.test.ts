import { findBuyerProfile, type BuyerProfile } from '../../../src/domain/broker/buyer-profiles';
import { NO_MUST_HAVES, type MustHaves, type RequirementKind } from '../../../src/domain/broker/broker.types';
import { matchProfile } from '../../../src/domain/broker/match-profile';
import type { Service } from '../../../src/domain/catalogue.types';
import { goodService, modelOf, provider, sourced } from './broker-fixtures';

function profile(id: string): BuyerProfile {
  const found = findBuyerProfile(id);
  if (!found) throw new Error(`no profile ${id}`);
  return found;
}

const ALL_MUST_HAVES: MustHaves = {
  certificates: ['ISO27017'],
  dataInNl: true,
  openSource: true,
  selfHostable: true,
  dpa: true,
  maxNoticeDays: 60,
  dutchSupport: true,
  governmentOnly: true,
  frameworkAgreement: true,
};

const base = goodService('good');
const expired = { ...base.evidence![1], validUntil: '2025-01-01' };

/** Each decoy differs from the good service in one thing and must fail exactly that requirement. */
const decoys: { service: Service; kind: RequirementKind; key: string; outcome: string; detail?: string }[] = [
  {
    service: goodService('j-low', { providerId: 'gov-non-eu' }),
    kind: 'level',
    key: 'broker.reason.level',
    outcome: 'notMet',
    detail: 'jurisdiction',
  },
  {
    service: goodService('d-low', { data: { ...base.data, contractualEeaOnly: sourced(false) } }),
    kind: 'level',
    key: 'broker.reason.level',
    outcome: 'notMet',
    detail: 'data',
  },
  {
    service: goodService('t-low', { exit: {} }),
    kind: 'level',
    key: 'broker.reason.level',
    outcome: 'notShown',
    detail: 'openness',
  },
  {
    service: goodService('a-low', { evidence: [base.evidence![1]] }),
    kind: 'level',
    key: 'broker.reason.level',
    outcome: 'notShown',
    detail: 'assurance',
  },
  {
    service: goodService('cert-expired', { evidence: [base.evidence![0], expired] }),
    kind: 'certificate',
    key: 'broker.reason.certificate',
    outcome: 'notMet',
    detail: 'ISO27017',
  },
  {
    service: goodService('data-de', { data: { ...base.data, locations: sourced(['NL', 'DE']) } }),
    kind: 'dataInNl',
    key: 'broker.reason.dataInNl.notMet',
    outcome: 'notMet',
    detail: 'DE',
  },
  {
    service: goodService('closed', { openSource: sourced({ licence: 'proprietary', selfHostable: true }) }),
    kind: 'openSource',
    key: 'broker.reason.openSource.notMet',
    outcome: 'notMet',
    detail: 'proprietary',
  },
  {
    service: goodService('not-hostable', {
      openSource: sourced({ licence: 'EUPL-1.2', selfHostable: false }),
    }),
    kind: 'selfHostable',
    key: 'broker.reason.selfHostable.notMet',
    outcome: 'notMet',
  },
  {
    service: goodService('no-dpa', { contract: { ...base.contract, dpaAvailable: undefined } }),
    kind: 'dpa',
    key: 'broker.reason.dpa.notShown',
    outcome: 'notShown',
  },
  {
    service: goodService('long-notice', { contract: { ...base.contract, noticePeriodDays: sourced(90) } }),
    kind: 'maxNoticeDays',
    key: 'broker.reason.maxNoticeDays.notMet',
    outcome: 'notMet',
    detail: '90',
  },
  {
    service: goodService('no-dutch', {
      contract: { ...base.contract, supportLanguages: sourced(['en', 'de']) },
    }),
    kind: 'dutchSupport',
    key: 'broker.reason.dutchSupport.notMet',
    outcome: 'notMet',
    detail: 'en, de',
  },
  {
    service: goodService('market', { providerId: 'market' }),
    kind: 'governmentOnly',
    key: 'broker.reason.governmentOnly.notMet',
    outcome: 'notMet',
    detail: 'Provider market',
  },
  {
    service: goodService('unsourced-framework', {
      contract: { ...base.contract, frameworkAgreements: { value: ['Raamovereenkomst Voorbeeld'] } },
    }),
    kind: 'frameworkAgreement',
    key: 'broker.reason.frameworkAgreement.notShown',
    outcome: 'notShown',
  },
];

const providers = [
  provider('gov'),
  provider('gov-non-eu', { control: sourced('non-eu') }),
  provider('market', { type: 'market' }),
];
const model = modelOf([base, ...decoys.map((d) => d.service)], providers);
const result = matchProfile(model, { profile: profile('internal'), mustHaves: ALL_MUST_HAVES });

describe('matchProfile with decoys that each fail one requirement', () => {
  it('includes only the service that meets everything', () => {
    expect(result.included.map((i) => i.entry.service.id)).toEqual(['good']);
    expect(result.excluded).toHaveLength(decoys.length);
  });

  it.each(decoys.map((d) => [d.service.id, d] as const))(
    '%s fails exactly its own requirement',
    (id, decoy) => {
      const excluded = result.excluded.find((e) => e.entry.service.id === id);
      expect(excluded?.failures).toHaveLength(1);
      const [failure] = excluded!.failures;
      expect(failure.requirement.kind).toBe(decoy.kind);
      expect(failure.reason.key).toBe(decoy.key);
      expect(failure.outcome).toBe(decoy.outcome);
      if (decoy.detail) expect(JSON.stringify([failure.requirement, failure.reason])).toContain(decoy.detail);
    },
  );

  it('explains a level failure with the failing rung of the assessment', () => {
    const failure = result.excluded.find((e) => e.entry.service.id === 'd-low')!.failures[0];
    expect(failure.reason.params).toEqual({ dimension: 'data', level: 1, required: 2 });
    expect(failure.cause?.key).toBe('sovereignty.reasons.factFalse');
    expect(failure.cause?.params).toEqual({ fact: 'data.contractualEeaOnly' });
  });

  it('marks an unsourced value as the cause of "not shown"', () => {
    const failure = result.excluded.find((e) => e.entry.service.id === 'unsourced-framework')!.failures[0];
    expect(failure.cause?.key).toBe('broker.reason.unverified');
  });

  it('keeps the catalogue order and is the same on a second run', () => {
    const again = matchProfile(model, { profile: profile('internal'), mustHaves: ALL_MUST_HAVES });
    expect(JSON.stringify(again)).toBe(JSON.stringify(result));
    const order = model.services.map((e) => e.service.id).filter((id) => id !== 'good');
    expect(result.excluded.map((e) => e.entry.service.id)).toEqual(order);
  });
});

describe('matchProfile reasons', () => {
  it('lists every failed requirement, not only the first', () => {
    const bad = goodService('bad', {
      providerId: 'market',
      data: { locations: sourced(['NL', 'US']) },
      contract: {},
    });
    const m = matchProfile(modelOf([bad], [provider('market', { type: 'market' })]), {
      profile: profile('internal'),
      mustHaves: { ...NO_MUST_HAVES, dataInNl: true, dpa: true, governmentOnly: true },
    });
    const failures = m.excluded[0].failures;
    expect(failures.map((f) => f.requirement.kind)).toEqual(['level', 'dataInNl', 'dpa', 'governmentOnly']);
    expect(failures[0].reason.params).toEqual({ dimension: 'data', level: 1, required: 2 });
    expect(failures[0].cause).toEqual({
      key: 'sovereignty.reasons.data.nonEea',
      params: { countries: 'US' },
    });
    expect(failures[1].reason.params).toEqual({ countries: 'US' });
    expect(failures[2].outcome).toBe('notShown');
  });

  it('names the service down the runsOn chain when the supply-chain cap decides', () => {
    const host = goodService('weak-host', { providerId: 'market', data: { locations: sourced(['US']) } });
    const app = goodService('app', { runsOn: ['weak-host'] });
    const m = matchProfile(modelOf([host, app], [provider('gov'), provider('market', { type: 'market' })]), {
      profile: profile('internal'),
      mustHaves: NO_MUST_HAVES,
    });
    const failure = m.excluded.find((e) => e.entry.service.id === 'app')!.failures[0];
    expect(failure.reason.params).toEqual({ dimension: 'data', level: 0, required: 2 });
    expect(failure.cause).toEqual({
      key: 'broker.reason.cappedBy',
      params: { service: 'Service weak-host', level: 0 },
    });
  });

  it('counts a certificate only when it covers the service, and says so', () => {
    const companyLevel = goodService('company-cert', {
      evidence: [base.evidence![0], { ...base.evidence![1], coversService: false }],
    });
    const m = matchProfile(modelOf([companyLevel]), {
      profile: profile('public'),
      mustHaves: { ...NO_MUST_HAVES, certificates: ['ISO27001', 'ISO27017', 'C5'] },
    });
    const failures = m.excluded[0].failures;
    expect(failures.map((f) => [f.outcome, f.cause?.key])).toEqual([
      ['notShown', 'sovereignty.reasons.evidence.notCovering'],
      ['notShown', 'broker.reason.certificateMissing'],
    ]);
  });

  it('lets self-hosted software meet location and DPA, since the buyer hosts it', () => {
    const software = goodService('software', {
      serviceModel: 'software',
      data: undefined,
      contract: undefined,
      providerId: 'market',
    });
    const m = matchProfile(modelOf([software], [provider('market', { type: 'market' })]), {
      profile: profile('departmental-confidential'),
      mustHaves: { ...NO_MUST_HAVES, dataInNl: true, dpa: true },
    });
    expect(m.included.map((i) => i.entry.service.id)).toEqual(['software']);
    expect(m.included[0].notes.map((n) => n.key)).toEqual([
      'broker.note.notApplicable',
      'broker.note.selfHostedLocation',
      'broker.note.selfHostedNoProcessor',
    ]);
  });

  it('accepts the usual spellings of Dutch in support languages', () => {
    const spellings = ['NL', 'nl-BE', 'Dutch', 'Nederlands', 'nld'];
    const services = spellings.map((lang, i) =>
      goodService(`lang-${i}`, { contract: { supportLanguages: sourced([lang]) } }),
    );
    const decoy = goodService('lang-decoy', { contract: { supportLanguages: sourced(['English', 'nlx']) } });
    const m = matchProfile(modelOf([...services, decoy]), {
      profile: profile('public'),
      mustHaves: { ...NO_MUST_HAVES, dutchSupport: true },
    });
    expect(m.included).toHaveLength(spellings.length);
    expect(m.excluded.map((e) => e.entry.service.id)).toEqual(['lang-decoy']);
  });
});
