import type { CatalogueDocument, Provider, Service } from '../../../src/domain/catalogue.types';
import { buildReadModel, type ReadModel } from '../../../src/domain/catalogue/read-model';
import {
  REFERENCE_ASSESSMENT_DATE as ASSESSED_ON,
  makeSource,
  sourced,
} from '../../support/catalogue-factory';

/** Fictional fixtures: the names are invented on purpose; no real company's facts are asserted. */
export { ASSESSED_ON, sourced };

export function provider(id: string, overrides: Partial<Provider> = {}): Provider {
  return {
    id,
    name: `Provider ${id}`,
    type: 'government',
    hqCountry: 'NL',
    control: sourced('eea-controlled'),
    ...overrides,
  };
}

/**
 * A SaaS service that meets the "internal" profile and every must-have used in the tests
 * (ISO27017 certificate, data in NL, open source, self-hostable, DPA, notice ≤ 60 days, Dutch
 * support, government provider, framework agreement). Decoys override exactly one thing.
 */
export function goodService(id: string, overrides: Partial<Service> = {}): Service {
  return {
    id,
    providerId: 'gov',
    name: `Service ${id}`,
    summary: { nl: `Dienst ${id}` },
    categories: ['cat'],
    serviceModel: 'saas',
    deployment: ['community'],
    openSource: sourced({ licence: 'EUPL-1.2', selfHostable: true }),
    data: {
      locations: sourced(['NL']),
      contractualEeaOnly: sourced(true),
      supportAccessInEea: sourced(true),
    },
    evidence: [
      {
        scheme: 'ISO27001',
        status: 'certified',
        coversService: true,
        validUntil: '2030-01-01',
        sources: [makeSource()],
      },
      {
        scheme: 'ISO27017',
        status: 'certified',
        coversService: true,
        validUntil: '2030-01-01',
        sources: [makeSource()],
      },
    ],
    exit: { exportFormats: sourced(['CSV']), openStandards: sourced(['S3']) },
    contract: {
      dpaAvailable: sourced(true),
      noticePeriodDays: sourced(30),
      supportLanguages: sourced(['nl', 'en']),
      frameworkAgreements: sourced(['Raamovereenkomst Voorbeeld']),
    },
    ...overrides,
  };
}

export function documentOf(
  services: Service[],
  providers: Provider[] = [provider('gov')],
  capabilities: CatalogueDocument['capabilities'] = [],
): CatalogueDocument {
  return {
    schemaVersion: 1,
    title: 'Testcatalogus',
    publishedOn: '2026-11-01',
    categories: [{ id: 'cat', lot: 'infrastructure', name: { nl: 'Categorie' } }],
    capabilities,
    providers,
    services,
  };
}

export function modelOf(...args: Parameters<typeof documentOf>): ReadModel {
  return buildReadModel(documentOf(...args), ASSESSED_ON);
}
