import type { CatalogueDocument, Provider, Service } from '../../../src/domain/catalogue.types';
import { buildReadModel, type ReadModel } from '../../../src/domain/catalogue/read-model';
import {
  REFERENCE_ASSESSMENT_DATE as ASSESSED_ON,
  makeSource,
  sourced,
  unsourced,
} from '../../support/catalogue-factory';

export { ASSESSED_ON, sourced, unsourced };

const providers: Provider[] = [
  { id: 'p-eu', name: 'Euro Cloud', type: 'market', hqCountry: 'NL', control: sourced('eea-controlled') },
  {
    id: 'p-us',
    name: 'Far Cloud',
    type: 'market',
    hqCountry: 'US',
    ultimateParent: { name: 'Far Holdings', country: 'US' },
    control: sourced('non-eu'),
  },
  {
    id: 'p-quiet',
    name: 'Quiet Cloud',
    type: 'market',
    hqCountry: 'DE',
    control: unsourced('eea-controlled'),
  },
];

function service(id: string, providerId: string, extra: Partial<Service> = {}): Service {
  return {
    id,
    providerId,
    name: `Service ${id}`,
    summary: { nl: `Dienst ${id}` },
    categories: ['iaas'],
    serviceModel: 'iaas',
    ...extra,
  };
}

/**
 * alpha: sourced, Data Act-friendly terms; beta: sourced, unfriendly terms and weak evidence;
 * gamma: unverified values (one higher than alpha's) and at-cost switching; delta: almost nothing;
 * zeta: ties alpha's SLA; epsilon: a decoy never compared, with values that would win every row.
 */
export function compareDocument(): CatalogueDocument {
  return {
    schemaVersion: 1,
    publishedOn: '2026-11-01',
    categories: [{ id: 'iaas', lot: 'infrastructure', name: { nl: 'IaaS' } }],
    capabilities: [],
    providers,
    services: [
      service('alpha', 'p-eu', {
        data: { locations: sourced(['NL', 'DE']) },
        contract: {
          slaAvailabilityPct: sourced(99.95),
          noticePeriodDays: sourced(30),
          switchingCharges: sourced('none'),
          dataRetrievalDays: sourced(60),
          dpaAvailable: sourced(true),
        },
        exit: { dataActSwitching: sourced(true) },
        evidence: [{ scheme: 'ISO27001', status: 'certified', coversService: true, sources: [makeSource()] }],
      }),
      service('beta', 'p-us', {
        data: { locations: sourced(['US']) },
        contract: {
          slaAvailabilityPct: sourced(99.9),
          noticePeriodDays: sourced(90),
          switchingCharges: sourced('standard'),
          dataRetrievalDays: sourced(14),
          dpaAvailable: sourced(true),
        },
        evidence: [
          { scheme: 'ISO27001', status: 'certified', coversService: false, sources: [makeSource()] },
          {
            scheme: 'SOC2',
            level: 'type2',
            status: 'attested',
            coversService: true,
            validUntil: '2025-06-30',
            sources: [makeSource()],
          },
        ],
      }),
      service('gamma', 'p-eu', {
        contract: {
          slaAvailabilityPct: unsourced(99.99),
          noticePeriodDays: unsourced(30),
          switchingCharges: sourced('at-cost'),
        },
      }),
      service('delta', 'p-quiet'),
      service('zeta', 'p-eu', { contract: { slaAvailabilityPct: sourced(99.95) } }),
      service('epsilon', 'p-eu', {
        contract: { slaAvailabilityPct: sourced(100), noticePeriodDays: sourced(0) },
        evidence: [{ scheme: 'HDS', status: 'certified', coversService: true, sources: [makeSource()] }],
      }),
    ],
  };
}

export function compareModel(assessedOn = ASSESSED_ON, document = compareDocument()): ReadModel {
  return buildReadModel(document, assessedOn);
}
