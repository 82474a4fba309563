import type { OpenSourceValue, Service } from '../../../src/domain/catalogue.types';
import { assessCatalogue } from '../../../src/domain/sovereignty/assess-catalogue';
import { SupplyChainError } from '../../../src/domain/sovereignty/supply-chain';
import type { Assessment, Dimension } from '../../../src/domain/sovereignty/sovereignty.types';
import {
  ASSESSED_ON,
  assessOne,
  makeDocument,
  makeEvidence,
  makeProvider,
  makeService,
  sourced,
} from './sovereignty.factories';

/*
 * SOVEREIGNTY.md, "Overall level": "overall = min(J, D, T, A), leaving A out for self-hosted
 * software. The limiting dimensions are all dimensions equal to that minimum."
 * "Supply-chain cap (CSF SOV-5)": "For each service listed in runsOn (transitively), J and D of this
 * service are capped at that service's J and D. A runsOn reference to a service outside the
 * catalogue, or a cycle, is an import error."
 */

const selfHosted: Partial<Service> = {
  serviceModel: 'software',
  openSource: sourced<OpenSourceValue>({ licence: 'AGPL-3.0-or-later', selfHostable: true }),
};
const levels = (a: Assessment) =>
  (['jurisdiction', 'data', 'openness', 'assurance'] as Dimension[]).map((d) => a.dimensions[d].level);

describe('overall = min(J, D, T, A) and the limiting dimensions', () => {
  it.each<[string, Partial<Service>, number, Dimension[]]>([
    [
      'a service with no facts of its own (provider eea-controlled)',
      {},
      0,
      ['data', 'openness', 'assurance'],
    ],
    [
      'only A lags behind',
      {
        data: { locations: sourced(['NL']) },
        exit: {
          exportFormats: sourced(['CSV']),
          openStandards: sourced(['S3']),
          dataActSwitching: sourced(true),
        },
        evidence: [makeEvidence('ISO27017')],
      },
      1,
      ['assurance'],
    ],
    [
      'D and A tied at the minimum',
      {
        data: { locations: sourced(['NL', 'US']) },
        exit: { exportFormats: sourced(['CSV']), dataActSwitching: sourced(true) },
        evidence: [makeEvidence('ISO27017')],
      },
      1,
      ['data', 'assurance'],
    ],
    [
      'self-hosted software without any evidence: A left out',
      selfHosted,
      4,
      ['jurisdiction', 'data', 'openness'],
    ],
    [
      'software under a non-OSI licence is not self-hosted: A counts',
      {
        serviceModel: 'software',
        openSource: sourced<OpenSourceValue>({ licence: 'proprietary', selfHostable: true }),
      },
      0,
      ['data', 'openness', 'assurance'],
    ],
  ])('%s', (_label, service, overall, limitedBy) => {
    const a = assessOne(service);
    expect(a.overall).toBe(overall);
    expect(a.limitedBy).toEqual(limitedBy);
  });

  it('lists every dimension when none passes a rung (no provider control fact, no service facts)', () => {
    const a = assessOne({}, null);
    expect(a.overall).toBe(0);
    expect(a.limitedBy).toEqual(['jurisdiction', 'data', 'openness', 'assurance']);
    expect(a.dimensions.jurisdiction.firstFailed).toBe('J1');
  });

  it('"the page says so": self-hosted assurance is computed but marked not applicable', () => {
    const a = assessOne({ ...selfHosted, evidence: [makeEvidence('ISO27001')] });
    expect(a.dimensions.assurance).toMatchObject({ level: 2, applicable: false, selfHostedRule: true });
    expect(a.overall).toBe(4);
  });
});

/** A catalogue from [id, runsOn, facts] rows, all of one sourced eea-controlled provider. */
function catalogue(rows: [string, string[], Partial<Service>][]): Map<string, Assessment> {
  const services = rows.map(([id, runsOn, facts]) => makeService({ id, runsOn, ...facts }));
  return assessCatalogue(makeDocument(services, [makeProvider({}, sourced('eea-controlled'))]), ASSESSED_ON);
}
const D4: Partial<Service> = {
  data: {
    locations: sourced(['NL']),
    contractualEeaOnly: sourced(true),
    supportAccessInEea: sourced(true),
    keyCustody: sourced('customer-kms'),
  },
  evidence: [makeEvidence('SecNumCloud', { status: 'qualified' })],
};
const D1J3: Partial<Service> = { data: { locations: sourced(['NL', 'US']) } };
const D2J4: Partial<Service> = { data: { locations: sourced(['NL']) }, evidence: D4.evidence };

describe('supply-chain cap: "J and D of this service are capped at that service\'s J and D"', () => {
  it('caps J and D independently, each at the weakest service reached for that dimension', () => {
    const result = catalogue([
      ['top', ['weak-data', 'weak-jurisdiction'], D4],
      ['weak-data', [], D2J4],
      ['weak-jurisdiction', [], { ...D4, evidence: [] }],
    ]);
    const top = result.get('top') as Assessment;
    expect(top.dimensions.jurisdiction).toMatchObject({
      level: 3,
      ownLevel: 4,
      cappedBy: { serviceId: 'weak-jurisdiction' },
    });
    expect(top.dimensions.data).toMatchObject({
      level: 2,
      ownLevel: 4,
      cappedBy: { serviceId: 'weak-data' },
    });
    // T and A are not capped: "J and D".
    expect(top.dimensions.assurance.level).toBe(4);
  });

  it('caps through a diamond (two paths to one service) without calling it a cycle', () => {
    const result = catalogue([
      ['top', ['left', 'right'], D4],
      ['left', ['bottom'], D4],
      ['right', ['bottom'], D4],
      ['bottom', [], D1J3],
    ]);
    for (const id of ['top', 'left', 'right']) {
      expect(levels(result.get(id) as Assessment).slice(0, 2)).toEqual([3, 1]);
    }
  });

  it('"transitively": a strong service in between does not hide a weak one further down', () => {
    const result = catalogue([
      ['top', ['middle'], D4],
      ['middle', ['bottom'], D4],
      ['bottom', [], D1J3],
    ]);
    expect((result.get('top') as Assessment).dimensions.data.cappedBy).toMatchObject({
      serviceId: 'bottom',
      path: ['middle', 'bottom'],
    });
  });

  it('never raises a level: a weaker service running on a stronger one keeps its own levels', () => {
    const result = catalogue([
      ['top', ['bottom'], D1J3],
      ['bottom', [], D4],
    ]);
    expect(levels(result.get('top') as Assessment).slice(0, 2)).toEqual([3, 1]);
  });

  it('caps self-hosted software too ("A service that runs on other services … can never score higher")', () => {
    const result = catalogue([
      ['app', ['host'], selfHosted],
      ['host', [], D1J3],
    ]);
    const app = result.get('app') as Assessment;
    expect(levels(app).slice(0, 3)).toEqual([3, 1, 4]);
    expect(app.overall).toBe(1);
  });

  it.each<[string, [string, string[], Partial<Service>][]]>([
    ['a service running on itself', [['self', ['self'], {}]]],
    [
      'a cycle below the assessed service',
      [
        ['top', ['a'], {}],
        ['a', ['b'], {}],
        ['b', ['a'], {}],
      ],
    ],
    ['a reference outside the catalogue', [['top', ['elsewhere'], {}]]],
  ])('"is an import error": %s', (_label, rows) => {
    expect(() => catalogue(rows)).toThrow(SupplyChainError);
  });

  it('treats an empty runsOn list as no supply chain', () => {
    const a = catalogue([['alone', [], D4]]).get('alone') as Assessment;
    expect(a.dimensions.data.cappedBy).toBeUndefined();
    expect(a.dimensions.data.level).toBe(4);
  });
});
