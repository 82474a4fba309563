import type { Evidence } from '../../../src/domain/catalogue.types';
import { ASSESSED_ON, assessOne, makeEvidence } from './sovereignty.factories';

/*
 * SOVEREIGNTY.md, A: "An evidence entry counts when it is sourced, has coversService = true, its
 * status is not in-progress, and its validUntil (if given) is not before the assessment date. A
 * qualification is a counting SecNumCloud entry with status = qualified, or a counting EUCS entry
 * with level = high; it includes the requirements of A2 and A3."
 * J: "Immunity evidence: a counting evidence entry … SecNumCloud … qualified, or EUCS … high."
 * The provider is sourced eea-controlled, so J is 3 without immunity evidence and 4 with it.
 */

const ON = ASSESSED_ON; // 2026-06-15
const DAY_BEFORE = '2026-06-14';
const DAY_AFTER = '2026-06-16';
const iso27001 = makeEvidence('ISO27001');

/** An entry with some fields removed (the factory fills scheme, status, coversService and sources). */
function without(entry: Evidence, ...fields: (keyof Evidence)[]): Evidence {
  const copy = { ...entry };
  for (const field of fields) delete copy[field];
  return copy;
}

describe('A: "An evidence entry counts when …" (ISO 27001 alone: A2 when it counts, A1 when not)', () => {
  it.each<[string, number, Evidence]>([
    ['sourced, covering, certified, no validUntil', 2, iso27001],
    ['status absent ("not in-progress")', 2, without(iso27001, 'status')],
    ['status declared', 2, makeEvidence('ISO27001', { status: 'declared' })],
    ['status attested', 2, makeEvidence('ISO27001', { status: 'attested' })],
    ['status in-progress', 1, makeEvidence('ISO27001', { status: 'in-progress' })],
    ['coversService false', 1, makeEvidence('ISO27001', { coversService: false })],
    ['coversService absent (must be = true)', 1, without(iso27001, 'coversService')],
    ['validUntil the day after the assessment date', 2, makeEvidence('ISO27001', { validUntil: DAY_AFTER })],
    [
      'validUntil exactly the assessment date ("not before")',
      2,
      makeEvidence('ISO27001', { validUntil: ON }),
    ],
    [
      'validUntil the day before the assessment date',
      1,
      makeEvidence('ISO27001', { validUntil: DAY_BEFORE }),
    ],
    ['unsourced (A1 needs a sourced entry)', 0, without(iso27001, 'sources')],
  ])('%s → A%i', (_label, expected, entry) => {
    expect(assessOne({ evidence: [entry] }).dimensions.assurance.level).toBe(expected);
  });
});

describe('A: the rung table', () => {
  const covering = (scheme: Evidence['scheme'], extra: Partial<Evidence> = {}) => makeEvidence(scheme, extra);
  it.each<[string, number, Evidence[]]>([
    ['"A1: at least one sourced evidence entry exists": none', 0, []],
    ['A1: an expired entry', 1, [makeEvidence('ISO27001', { validUntil: DAY_BEFORE })]],
    ['A1: an entry of a scheme no rung names (FedRAMP high)', 1, [covering('FedRAMP', { level: 'high' })]],
    ['A1: the A3 extension without A2 (ISO 27017 alone)', 1, [covering('ISO27017')]],
    ['A2: ISO 27001', 2, [iso27001]],
    ['A2: ISO 27001 + SOC 2 without a level', 2, [iso27001, covering('SOC2')]],
    ['A2: ISO 27001 + SOC 2 type 1', 2, [iso27001, covering('SOC2', { level: 'type1' })]],
    ['A2: ISO 27001 + C5 type 1', 2, [iso27001, covering('C5', { level: 'type1' })]],
    [
      'A2: ISO 27001 + ISO 27018 not covering the service',
      2,
      [iso27001, covering('ISO27018', { coversService: false })],
    ],
    ['A2: ISO 27001 + expired ISO 27017', 2, [iso27001, covering('ISO27017', { validUntil: DAY_BEFORE })]],
    ['A2: ISO 27001 + ISO 22301 (not in the A3 list)', 2, [iso27001, covering('ISO22301')]],
    ['A3: ISO 27001 + ISO 27017', 3, [iso27001, covering('ISO27017')]],
    ['A3: ISO 27001 + ISO 27018', 3, [iso27001, covering('ISO27018')]],
    ['A3: ISO 27001 + ISO 27701', 3, [iso27001, covering('ISO27701')]],
    ['A3: ISO 27001 + C5 type 2', 3, [iso27001, covering('C5', { level: 'type2' })]],
    ['A3: ISO 27001 + SOC 2 type 2', 3, [iso27001, covering('SOC2', { level: 'type2' })]],
    [
      'A3 from two valid entries among expired ones',
      3,
      [covering('ISO27001', { validUntil: DAY_BEFORE }), iso27001, covering('ISO27017', { validUntil: ON })],
    ],
    [
      'A4: SecNumCloud qualified alone ("includes the requirements of A2 and A3")',
      4,
      [covering('SecNumCloud', { status: 'qualified' })],
    ],
    ['A4: EUCS high alone', 4, [covering('EUCS', { level: 'high' })]],
    [
      'A4: EUCS high with status declared (only in-progress is excluded)',
      4,
      [covering('EUCS', { level: 'high', status: 'declared' })],
    ],
    [
      'A3, not A4: SecNumCloud certified (not qualified) with ISO 27001 + 27017',
      3,
      [iso27001, covering('ISO27017'), covering('SecNumCloud')],
    ],
    ['A1: EUCS substantial alone', 1, [covering('EUCS', { level: 'substantial' })]],
    ['A1: EUCS high in progress', 1, [covering('EUCS', { level: 'high', status: 'in-progress' })]],
    [
      'A1: EUCS high not covering the service',
      1,
      [covering('EUCS', { level: 'high', coversService: false })],
    ],
    [
      'A1: SecNumCloud qualified but expired',
      1,
      [covering('SecNumCloud', { status: 'qualified', validUntil: DAY_BEFORE })],
    ],
    [
      'A4: SecNumCloud qualified valid until the assessment date',
      4,
      [covering('SecNumCloud', { status: 'qualified', validUntil: ON })],
    ],
    [
      'A0: a qualification without a source',
      0,
      [without(covering('SecNumCloud', { status: 'qualified' }), 'sources')],
    ],
  ])('%s → A%i', (_label, expected, evidence) => {
    expect(assessOne({ evidence }).dimensions.assurance.level).toBe(expected);
  });
});

describe('J3/J4: immunity evidence is a counting qualification', () => {
  it.each<[string, number, Evidence]>([
    ['SecNumCloud qualified', 4, makeEvidence('SecNumCloud', { status: 'qualified' })],
    ['EUCS high', 4, makeEvidence('EUCS', { level: 'high' })],
    ['SecNumCloud certified', 3, makeEvidence('SecNumCloud')],
    ['SecNumCloud qualified, in progress', 3, makeEvidence('SecNumCloud', { status: 'in-progress' })],
    [
      'SecNumCloud qualified, expired the day before',
      3,
      makeEvidence('SecNumCloud', { status: 'qualified', validUntil: DAY_BEFORE }),
    ],
    [
      'EUCS high, valid until the assessment date',
      4,
      makeEvidence('EUCS', { level: 'high', validUntil: ON }),
    ],
    ['EUCS high, not covering the service', 3, makeEvidence('EUCS', { level: 'high', coversService: false })],
    ['EUCS high, unsourced', 3, without(makeEvidence('EUCS', { level: 'high' }), 'sources')],
    ['EUCS substantial', 3, makeEvidence('EUCS', { level: 'substantial' })],
    ['ISO 27001 (not immunity evidence)', 3, iso27001],
  ])('eea-controlled with %s → J%i', (_label, expected, entry) => {
    expect(assessOne({ evidence: [entry] }).dimensions.jurisdiction.level).toBe(expected);
  });
});
