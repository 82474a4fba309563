import type { ServiceData } from '../../../src/domain/catalogue.types';
import { assessOne, passedRungs, sourced, unsourced } from './sovereignty.factories';

const full: ServiceData = {
  locations: sourced(['NL', 'DE']),
  contractualEeaOnly: sourced(true),
  supportAccessInEea: sourced(true),
  keyCustody: sourced('customer-kms'),
};

function dataOf(data: ServiceData) {
  return assessOne({ data }).dimensions.data;
}

describe('data (D)', () => {
  it('reaches D4 with EEA-only locations, contract, support access and customer keys', () => {
    expect(dataOf(full).level).toBe(4);
    expect(dataOf({ ...full, keyCustody: sourced('end-to-end') }).level).toBe(4);
    expect(dataOf(full).raise).toEqual([]);
  });

  it('is D0 without sourced locations, or with no EEA location', () => {
    const none = dataOf({});
    expect(none.level).toBe(0);
    expect(none.rungs[0].reasonKey).toBe('sovereignty.reasons.factMissing');
    const outside = dataOf({ locations: sourced(['US', 'CH']) });
    expect(outside.level).toBe(0);
    expect(outside.rungs[0]).toMatchObject({ reasonKey: 'sovereignty.reasons.data.noEea' });
    expect(dataOf({ locations: unsourced(['NL']) }).level).toBe(0);
  });

  it('stops at D1 when a location is outside the EEA, naming it', () => {
    const d = dataOf({ ...full, locations: sourced(['DE', 'FI', 'US', 'SG']) });
    expect(d.level).toBe(1);
    expect(d.rungs[1]).toMatchObject({
      passed: false,
      reasonKey: 'sovereignty.reasons.data.nonEea',
      reasonParams: { countries: 'US, SG' },
    });
    expect(d.raise.map((r) => r.key)).toEqual(['sovereignty.advice.data.D2locations']);
    // D3 and D4's own conditions hold, but they sit above a failed rung.
    expect(d.rungs[2]).toMatchObject({ passed: false, reasonKey: 'sovereignty.reasons.lowerRungFailed' });
  });

  it('counts Iceland, Liechtenstein and Norway as EEA but not Switzerland', () => {
    expect(dataOf({ locations: sourced(['IS', 'LI', 'NO']) }).level).toBe(2);
    expect(dataOf({ locations: sourced(['NO', 'CH']) }).level).toBe(1);
  });

  it('stops at D1 when the contract is sourced as not EEA-only', () => {
    const d = dataOf({ locations: sourced(['NL']), contractualEeaOnly: sourced(false) });
    expect(d.level).toBe(1);
    expect(d.rungs[1].reasonKey).toBe('sovereignty.reasons.factFalse');
    expect(d.raise.map((r) => r.key)).toEqual(['sovereignty.advice.data.D2contract']);
    // An unsourced false is absent, so it does not lower the level.
    expect(dataOf({ locations: sourced(['NL']), contractualEeaOnly: unsourced(false) }).level).toBe(2);
  });

  it('needs both a sourced EEA-only contract and EEA support access for D3', () => {
    expect(dataOf({ ...full, supportAccessInEea: undefined }).level).toBe(2);
    expect(dataOf({ ...full, supportAccessInEea: sourced(false) }).level).toBe(2);
    const unverifiedContract = dataOf({ ...full, contractualEeaOnly: unsourced(true) });
    expect(unverifiedContract.level).toBe(2);
    expect(unverifiedContract.raise).toEqual([
      { key: 'sovereignty.advice.sourceFact', params: { fact: 'data.contractualEeaOnly' } },
    ]);
    const neither = dataOf({ locations: sourced(['NL']) });
    expect(neither.raise.map((r) => r.key)).toEqual([
      'sovereignty.advice.data.D3contract',
      'sovereignty.advice.data.D3support',
    ]);
  });

  it.each(['provider', 'byok'] as const)('stops at D3 when keys are %s-held', (custody) => {
    const d = dataOf({ ...full, keyCustody: sourced(custody) });
    expect(d.level).toBe(3);
    expect(d.firstFailed).toBe('D4');
    expect(d.rungs[3]).toMatchObject({
      reasonKey: 'sovereignty.reasons.data.keyCustody',
      reasonParams: { keyCustody: custody },
    });
    expect(passedRungs(assessOne({ data: { ...full, keyCustody: sourced(custody) } }), 'data')).toEqual([
      'D1',
      'D2',
      'D3',
    ]);
  });
});
