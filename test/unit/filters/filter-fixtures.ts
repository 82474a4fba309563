import type {
  CatalogueDocument,
  Control,
  Evidence,
  EvidenceScheme,
  Fact,
  Provider,
  ProviderType,
  Service,
} from '../../../src/domain/catalogue.types';
import { buildReadModel, type ReadModel } from '../../../src/domain/catalogue/read-model';
import {
  REFERENCE_ASSESSMENT_DATE as ASSESSED_ON,
  makeSource,
  sourced,
  unsourced,
} from '../../support/catalogue-factory';

/** Facts with one source (they count) and without (shown as unverified, count as absent). */
export { ASSESSED_ON, sourced, unsourced };

/** A counting evidence entry unless overridden. */
export function evidence(scheme: EvidenceScheme, overrides: Partial<Evidence> = {}): Evidence {
  return { scheme, status: 'certified', coversService: true, sources: [makeSource()], ...overrides };
}

function provider(id: string, control: Fact<Control> | undefined, type: ProviderType = 'market'): Provider {
  return { id, name: `Provider ${id}`, type, hqCountry: 'NL', ...(control ? { control } : {}) };
}

function service(id: string, providerId: string, fields: Partial<Service>): Service {
  return {
    id,
    providerId,
    name: `Service ${id}`,
    summary: { nl: `Samenvatting ${id}`, en: `Summary ${id}` },
    categories: ['compute'],
    serviceModel: 'iaas',
    ...fields,
  };
}

const exitT3 = {
  exportFormats: sourced(['CSV']),
  openStandards: sourced(['S3']),
  dataActSwitching: sourced(true),
};

/**
 * A small catalogue where each filter has services it must include and decoys it must exclude.
 * The levels come from the real sovereignty model; EXPECTED_LEVELS records what the recipes give
 * (checked by a test, so a changed recipe cannot silently weaken the filter tests).
 */
export function filterDocument(): CatalogueDocument {
  return {
    schemaVersion: 1,
    categories: [
      { id: 'compute', lot: 'infrastructure', name: { nl: 'Rekenkracht', en: 'Compute' } },
      { id: 'object-storage', lot: 'infrastructure', name: { nl: 'Objectopslag', en: 'Object storage' } },
      {
        id: 'managed-database',
        lot: 'platform',
        name: { nl: 'Beheerde databases', en: 'Managed databases' },
      },
      { id: 'chat', lot: 'workplace', name: { nl: 'Chat', en: 'Chat' } },
    ],
    capabilities: [
      { id: 'chat', name: { nl: 'Chat', en: 'Chat' } },
      { id: 'file-storage', name: { nl: 'Bestandsopslag', en: 'File storage' } },
    ],
    providers: [
      provider('p-noneu', sourced('non-eu')),
      provider('p-sub', sourced('eu-subsidiary-of-non-eu-parent')),
      provider('p-euro', sourced('european-non-eea')),
      provider('p-eea', sourced('eea-controlled')),
      provider('p-gov', sourced('eea-controlled'), 'government'),
      provider('p-unsourced', unsourced('eea-controlled')),
    ],
    services: [
      service('l0-compute', 'p-noneu', {
        name: 'Zeta compute',
        data: { locations: sourced(['US']) },
        evidence: [evidence('ISO27001')],
        contract: { slaAvailabilityPct: unsourced(100) },
      }),
      service('l1-compute', 'p-sub', {
        name: 'alpha compute',
        data: { locations: sourced(['FR']) },
        exit: { exportFormats: sourced(['CSV']) },
        evidence: [evidence('ISO27001', { coversService: false })],
        contract: { slaAvailabilityPct: sourced(99.9) },
      }),
      service('l2-storage', 'p-euro', {
        name: 'Beta storage',
        categories: ['object-storage'],
        data: { locations: sourced(['NL']) },
        exit: { exportFormats: sourced(['CSV']), dataActSwitching: sourced(true) },
        evidence: [evidence('ISO27001')],
        contract: { slaAvailabilityPct: sourced(99.99) },
      }),
      service('l3-compute-storage', 'p-eea', {
        name: 'Gamma cloud',
        categories: ['compute', 'object-storage'],
        data: {
          locations: sourced(['NL', 'DE']),
          contractualEeaOnly: sourced(true),
          supportAccessInEea: sourced(true),
        },
        exit: exitT3,
        evidence: [evidence('ISO27001'), evidence('ISO27017')],
        contract: { slaAvailabilityPct: sourced(99.5) },
      }),
      service('l4-saas', 'p-eea', {
        name: 'Delta chat',
        categories: ['chat'],
        serviceModel: 'saas',
        capabilities: ['chat'],
        openSource: sourced({ licence: 'AGPL-3.0-only', selfHostable: true }),
        data: {
          locations: sourced(['FR']),
          contractualEeaOnly: sourced(true),
          supportAccessInEea: sourced(true),
          keyCustody: sourced('customer-kms'),
        },
        exit: exitT3,
        evidence: [evidence('SecNumCloud', { status: 'qualified' })],
      }),
      service('sw-chat', 'p-gov', {
        name: 'Epsilon chat',
        categories: ['chat'],
        serviceModel: 'software',
        capabilities: ['chat', 'file-storage'],
        openSource: sourced({ licence: 'EUPL-1.2', selfHostable: true }),
      }),
      service('decoy-unsourced', 'p-unsourced', {
        name: 'Decoy unsourced',
        categories: ['managed-database'],
        serviceModel: 'paas',
        data: { locations: unsourced(['NL']) },
        openSource: unsourced({ licence: 'MIT', selfHostable: true }),
        evidence: [evidence('ISO27001', { sources: [] }), evidence('ISO27017', { sources: [] })],
      }),
      service('decoy-expired', 'p-eea', {
        name: 'Decoy expired',
        data: { locations: sourced(['NL', 'CH']) },
        evidence: [
          evidence('ISO27001', { validUntil: '2026-11-27' }),
          evidence('C5', { status: 'in-progress' }),
          evidence('ISO27017', { coversService: false }),
        ],
      }),
      service('proprietary-saas', 'p-eea', {
        name: 'Proprietary chat',
        categories: ['chat'],
        serviceModel: 'saas',
        openSource: sourced({ licence: 'proprietary', selfHostable: true }),
        evidence: [evidence('ISO27001', { validUntil: '2026-11-28' })],
      }),
    ],
  };
}

/** Overall levels the recipes above give on ASSESSED_ON. */
export const EXPECTED_LEVELS: Record<string, number> = {
  'l0-compute': 0,
  'l1-compute': 1,
  'l2-storage': 2,
  'l3-compute-storage': 3,
  'l4-saas': 4,
  'sw-chat': 4,
  'decoy-unsourced': 0,
  'decoy-expired': 0,
  'proprietary-saas': 0,
};

export function filterModel(): ReadModel {
  return buildReadModel(filterDocument(), ASSESSED_ON);
}

/** Service ids of a list, sorted, for set comparisons. */
export function idsOf(entries: readonly { service: { id: string } }[]): string[] {
  return entries.map((e) => e.service.id).sort();
}
