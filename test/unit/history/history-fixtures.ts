import type { CatalogueDocument, Service } from '../../../src/domain/catalogue.types';
import {
  makeCategory,
  makeDocument,
  makeEvidence,
  makeFact,
  makeProvider,
  makeService,
} from '../../support/catalogue-factory';

/**
 * A service at level 2 whose assurance rests on one ISO 27001 certificate valid until 2027-01-31:
 * J3 (EEA-controlled provider), D2 (data in NL), T2 (export formats, Data Act switching), A2.
 * On 2027-02-01 the certificate no longer counts and the service drops to level 1 (A1).
 */
export function levelTwoService(overrides: Partial<Service> = {}): Service {
  return makeService({
    id: 'mail-nl',
    name: 'Mail NL',
    categories: ['email'],
    serviceModel: 'saas',
    data: { locations: makeFact(['NL']) },
    exit: { exportFormats: makeFact(['mbox']), dataActSwitching: makeFact(true) },
    contract: { slaAvailabilityPct: makeFact(99.9) },
    evidence: [makeEvidence({ scheme: 'ISO27001', validUntil: '2027-01-31' })],
    ...overrides,
  });
}

export function historyDocument(services: Service[] = [levelTwoService()]): CatalogueDocument {
  return makeDocument({
    categories: [
      makeCategory({ id: 'email', lot: 'workplace', name: { nl: 'E-mail', en: 'Email' } }),
      makeCategory({ id: 'compute', lot: 'infrastructure', name: { nl: 'Rekenkracht', en: 'Compute' } }),
    ],
    providers: [
      makeProvider({ id: 'test-provider', name: 'Test Provider', control: makeFact('eea-controlled') }),
      makeProvider({ id: 'other-provider', name: 'Other Provider', control: makeFact('eea-controlled') }),
    ],
    services,
  });
}
