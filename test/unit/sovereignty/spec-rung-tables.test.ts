import type {
  Control,
  ServiceData,
  ServiceExit,
  OpenSourceValue,
  Provider,
} from '../../../src/domain/catalogue.types';
import type { Assessment } from '../../../src/domain/sovereignty/sovereignty.types';
import { assessCatalogue } from '../../../src/domain/sovereignty/assess-catalogue';
import {
  ASSESSED_ON,
  assessOne,
  makeDocument,
  makeEvidence,
  makeProvider,
  makeService,
  sourced,
  unsourced,
} from './sovereignty.factories';

/*
 * The rung tables of SOVEREIGNTY.md, one row per spec case. "Each dimension's level is the highest
 * rung whose test and all lower rungs' tests pass. Rung 0 always passes."
 */

const qualification = makeEvidence('SecNumCloud', { status: 'qualified' });

describe('J: "Input: the provider\'s sourced control fact, the service\'s evidence"', () => {
  // J1 ∈ {subsidiary, european-non-eea, eu-operator, eea}; J2 drops the subsidiary;
  // J3 = eea-controlled, or J2 + immunity; J4 = eea-controlled and immunity.
  it.each<[Control, number, number]>([
    ['non-eu', 0, 0],
    ['eu-subsidiary-of-non-eu-parent', 1, 1],
    ['european-non-eea', 2, 3],
    ['eu-operator-non-eu-technology', 2, 3],
    ['eea-controlled', 3, 4],
  ])('control %s: J%i without immunity evidence, J%i with it', (control, without, withImmunity) => {
    expect(assessOne({}, sourced(control)).dimensions.jurisdiction.level).toBe(without);
    const a = assessOne({ evidence: [qualification] }, sourced(control));
    expect(a.dimensions.jurisdiction.level).toBe(withImmunity);
  });

  it.each([
    ['an unsourced control fact', unsourced<Control>('eea-controlled')],
    ['a provider without a control fact', null],
  ])('"counts as absent": %s gives J0 even with immunity evidence', (_label, control) => {
    expect(assessOne({ evidence: [qualification] }, control).dimensions.jurisdiction.level).toBe(0);
  });

  // Reading: the J input is the control fact only. hqCountry and ultimateParent describe the
  // provider but do not enter the rung tests, so a control fact that contradicts them still decides.
  it.each<[string, number, Partial<Provider>, Control]>([
    [
      'HQ and parent outside the EU, control sourced eea-controlled',
      3,
      { hqCountry: 'US', ultimateParent: { name: 'P', country: 'US' } },
      'eea-controlled',
    ],
    [
      'HQ in NL, parent in the US, control eu-subsidiary-of-non-eu-parent',
      1,
      { hqCountry: 'NL', ultimateParent: { name: 'P', country: 'US' } },
      'eu-subsidiary-of-non-eu-parent',
    ],
    ['HQ in CH, no parent recorded, control european-non-eea', 2, { hqCountry: 'CH' }, 'european-non-eea'],
  ])('%s → J%i', (_label, expected, provider, control) => {
    const document = makeDocument([makeService()], [makeProvider(provider, sourced(control))]);
    const a = assessCatalogue(document, ASSESSED_ON).get('test-service') as Assessment;
    expect(a.dimensions.jurisdiction.level).toBe(expected);
  });
});

const NL = sourced(['NL']);
const yes = sourced(true);
const no = sourced(false);

describe('D: the data rung table', () => {
  it.each<[string, number, ServiceData]>([
    ['no data facts', 0, {}],
    ['sourced empty locations', 0, { locations: sourced([]) }],
    [
      'unsourced EEA locations, everything else sourced',
      0,
      {
        locations: unsourced(['NL']),
        contractualEeaOnly: yes,
        supportAccessInEea: yes,
        keyCustody: sourced('end-to-end'),
      },
    ],
    ['only non-EEA locations (CH, GB, US)', 0, { locations: sourced(['CH', 'GB', 'US']) }],
    ['D1: one EEA location among others', 1, { locations: sourced(['US', 'NL']) }],
    ['D2: only EEA locations, nothing said on the contract', 2, { locations: NL }],
    ['D2: IS, LI and NO are EEA', 2, { locations: sourced(['IS', 'LI', 'NO']) }],
    ['"not sourced false": contract sourced false stops at D1', 1, { locations: NL, contractualEeaOnly: no }],
    [
      '"not sourced false": contract unsourced false does not block D2',
      2,
      { locations: NL, contractualEeaOnly: unsourced(false) },
    ],
    [
      'contradiction: contract EEA-only but a location outside stops at D1',
      1,
      {
        locations: sourced(['NL', 'US']),
        contractualEeaOnly: yes,
        supportAccessInEea: yes,
        keyCustody: sourced('customer-kms'),
      },
    ],
    [
      'contradiction: contract false with everything else strong stops at D1',
      1,
      { locations: NL, contractualEeaOnly: no, supportAccessInEea: yes, keyCustody: sourced('customer-kms') },
    ],
    [
      'D3 needs a sourced true contract',
      2,
      { locations: NL, contractualEeaOnly: unsourced(true), supportAccessInEea: yes },
    ],
    [
      'D3 needs sourced support access',
      2,
      { locations: NL, contractualEeaOnly: yes, supportAccessInEea: unsourced(true) },
    ],
    [
      'D3 fails on support access sourced false',
      2,
      { locations: NL, contractualEeaOnly: yes, supportAccessInEea: no },
    ],
    [
      'D3: contract and support access sourced true',
      3,
      { locations: NL, contractualEeaOnly: yes, supportAccessInEea: yes },
    ],
    [
      'D3 with keys held by the provider',
      3,
      { locations: NL, contractualEeaOnly: yes, supportAccessInEea: yes, keyCustody: sourced('provider') },
    ],
    [
      'D3 with bring-your-own-key',
      3,
      { locations: NL, contractualEeaOnly: yes, supportAccessInEea: yes, keyCustody: sourced('byok') },
    ],
    [
      'D3 with unsourced customer-kms',
      3,
      {
        locations: NL,
        contractualEeaOnly: yes,
        supportAccessInEea: yes,
        keyCustody: unsourced('customer-kms'),
      },
    ],
    [
      'D4 with customer-kms',
      4,
      {
        locations: NL,
        contractualEeaOnly: yes,
        supportAccessInEea: yes,
        keyCustody: sourced('customer-kms'),
      },
    ],
    [
      'D4 with end-to-end',
      4,
      { locations: NL, contractualEeaOnly: yes, supportAccessInEea: yes, keyCustody: sourced('end-to-end') },
    ],
    ['strong keys alone do not skip D3', 2, { locations: NL, keyCustody: sourced('end-to-end') }],
  ])('%s → D%i', (_label, expected, data) => {
    expect(assessOne({ data }).dimensions.data.level).toBe(expected);
  });
});

const CSV = sourced(['CSV']);
const S3 = sourced(['S3']);
const eupl = (selfHostable?: boolean) =>
  sourced<OpenSourceValue>(
    selfHostable === undefined ? { licence: 'EUPL-1.2' } : { licence: 'EUPL-1.2', selfHostable },
  );

describe('T: the openness rung table (a SaaS service, so never the self-hosted rule)', () => {
  it.each<[string, number, ServiceExit, OpenSourceValue | 'unsourced' | undefined]>([
    ['no exit facts', 0, {}, undefined],
    ['sourced but empty lists', 0, { exportFormats: sourced([]), openStandards: sourced([]) }, undefined],
    ['unsourced export formats', 0, { exportFormats: unsourced(['CSV']) }, undefined],
    ['T1 with export formats only', 1, { exportFormats: CSV }, undefined],
    ['T1 with open standards only', 1, { openStandards: S3 }, undefined],
    ['T1: switching unsourced true', 1, { exportFormats: CSV, dataActSwitching: unsourced(true) }, undefined],
    ['T1: switching sourced false', 1, { exportFormats: CSV, dataActSwitching: no }, undefined],
    ['T2 with export formats and switching', 2, { exportFormats: CSV, dataActSwitching: yes }, undefined],
    [
      'T2: open standards sourced empty',
      2,
      { exportFormats: CSV, openStandards: sourced([]), dataActSwitching: yes },
      undefined,
    ],
    [
      'T2: export formats sourced empty',
      2,
      { exportFormats: sourced([]), openStandards: S3, dataActSwitching: yes },
      undefined,
    ],
    [
      'T2: open standards unsourced',
      2,
      { exportFormats: CSV, openStandards: unsourced(['S3']), dataActSwitching: yes },
      undefined,
    ],
    [
      'T3 with both lists and switching',
      3,
      { exportFormats: CSV, openStandards: S3, dataActSwitching: yes },
      undefined,
    ],
    [
      'T3: licence not OSI-approved',
      3,
      { exportFormats: CSV, openStandards: S3, dataActSwitching: yes },
      { licence: 'proprietary', selfHostable: true },
    ],
    [
      'T3: selfHostable not recorded',
      3,
      { exportFormats: CSV, openStandards: S3, dataActSwitching: yes },
      { licence: 'EUPL-1.2' },
    ],
    [
      'T3: selfHostable false',
      3,
      { exportFormats: CSV, openStandards: S3, dataActSwitching: yes },
      { licence: 'EUPL-1.2', selfHostable: false },
    ],
    [
      'T3: OSI licence unsourced',
      3,
      { exportFormats: CSV, openStandards: S3, dataActSwitching: yes },
      'unsourced',
    ],
    [
      'T4 with an OSI-approved self-hostable licence',
      4,
      { exportFormats: CSV, openStandards: S3, dataActSwitching: yes },
      { licence: 'EUPL-1.2', selfHostable: true },
    ],
    [
      'a licence does not skip T2',
      1,
      { exportFormats: CSV, openStandards: S3 },
      { licence: 'EUPL-1.2', selfHostable: true },
    ],
  ])('%s → T%i', (_label, expected, exit, licence) => {
    const openSource =
      licence === 'unsourced'
        ? unsourced(eupl(true).value)
        : licence === undefined
          ? undefined
          : sourced(licence);
    const a = assessOne({ serviceModel: 'saas', exit, ...(openSource ? { openSource } : {}) });
    expect(a.selfHosted).toBe(false);
    expect(a.dimensions.openness.level).toBe(expected);
  });

  it('uses the same OSI test for T4 as for self-hosting ("an OSI-approved sourced openSource.licence")', () => {
    const exit = { exportFormats: CSV, openStandards: S3, dataActSwitching: yes };
    expect(assessOne({ exit, openSource: eupl(true) }).dimensions.openness.level).toBe(4);
    expect(assessOne({ exit, openSource: eupl(false) }).dimensions.openness.level).toBe(3);
    expect(assessOne({ exit, openSource: eupl() }).dimensions.openness.level).toBe(3);
  });
});
