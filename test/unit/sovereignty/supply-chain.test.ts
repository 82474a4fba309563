import { assessCatalogue } from '../../../src/domain/sovereignty/assess-catalogue';
import { SupplyChainError } from '../../../src/domain/sovereignty/supply-chain';
import type { Service } from '../../../src/domain/catalogue.types';
import {
  ASSESSED_ON,
  makeDocument,
  makeEvidence,
  makeProvider,
  makeService,
  sourced,
} from './sovereignty.factories';

const qualified = makeEvidence('SecNumCloud', { status: 'qualified' });
const eeaData = {
  locations: sourced(['FR']),
  contractualEeaOnly: sourced(true),
  supportAccessInEea: sourced(true),
};

/** top (J4, D3) → middle (J4, D3) → bottom (J3, D2); decoy (J3, D2) is reached by nothing. */
function chain(overrides: Partial<Record<'top' | 'middle' | 'bottom', Partial<Service>>> = {}) {
  return makeDocument(
    [
      makeService({ id: 'top', evidence: [qualified], data: eeaData, runsOn: ['middle'], ...overrides.top }),
      makeService({
        id: 'middle',
        evidence: [qualified],
        data: eeaData,
        runsOn: ['bottom'],
        ...overrides.middle,
      }),
      makeService({ id: 'bottom', data: { locations: sourced(['FR']) }, ...overrides.bottom }),
      makeService({ id: 'decoy', data: { locations: sourced(['FR']) } }),
    ],
    [makeProvider({}, sourced('eea-controlled'))],
  );
}

describe('supply-chain cap through runsOn', () => {
  it('caps J and D through a two-step chain at the weakest reached service', () => {
    const assessments = assessCatalogue(chain(), ASSESSED_ON);
    const top = assessments.get('top')!;
    expect(top.dimensions.jurisdiction).toMatchObject({
      ownLevel: 4,
      level: 3,
      cappedBy: { serviceId: 'bottom', level: 3, path: ['middle', 'bottom'] },
    });
    expect(top.dimensions.data).toMatchObject({
      ownLevel: 3,
      level: 2,
      cappedBy: { serviceId: 'bottom', level: 2, path: ['middle', 'bottom'] },
    });
    expect(top.dimensions.data.raise).toEqual([
      { key: 'sovereignty.advice.supplyChain', params: { service: 'bottom', level: 3 } },
    ]);
    expect(assessments.get('middle')!.dimensions.jurisdiction.cappedBy?.serviceId).toBe('bottom');
  });

  it('leaves openness and assurance alone, and services outside the chain uncapped', () => {
    const assessments = assessCatalogue(chain(), ASSESSED_ON);
    expect(assessments.get('top')!.dimensions.assurance.level).toBe(4);
    expect(assessments.get('top')!.dimensions.assurance.cappedBy).toBeUndefined();
    expect(assessments.get('bottom')!.dimensions.jurisdiction.cappedBy).toBeUndefined();
    expect(assessments.get('decoy')!.dimensions.jurisdiction.level).toBe(3);
  });

  it('does not record a cap that does not lower the level, but advises on the underlying service', () => {
    const document = chain({ bottom: { evidence: [qualified], data: eeaData } });
    const top = assessCatalogue(document, ASSESSED_ON).get('top')!;
    expect(top.dimensions.jurisdiction.level).toBe(4);
    expect(top.dimensions.data).toMatchObject({ level: 3, ownLevel: 3 });
    expect(top.dimensions.data.cappedBy).toBeUndefined();
    expect(top.dimensions.data.raise.map((r) => r.key)).toEqual([
      'sovereignty.advice.data.D4',
      'sovereignty.advice.supplyChain',
    ]);
  });

  it('rejects a runsOn reference outside the catalogue', () => {
    const document = chain({ bottom: { runsOn: ['missing-service'] } });
    expect(() => assessCatalogue(document, ASSESSED_ON)).toThrow(SupplyChainError);
    expect(() => assessCatalogue(document, ASSESSED_ON)).toThrow(/missing-service/);
  });

  it('rejects a runsOn cycle', () => {
    const document = chain({ bottom: { runsOn: ['top'] } });
    expect(() => assessCatalogue(document, ASSESSED_ON)).toThrow(/cycle/);
  });
});
