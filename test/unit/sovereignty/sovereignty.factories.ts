import type {
  CatalogueDocument,
  Control,
  Evidence,
  EvidenceScheme,
  Fact,
  Provider,
  Service,
} from '../../../src/domain/catalogue.types';
import { assessCatalogue } from '../../../src/domain/sovereignty/assess-catalogue';
import type { Assessment } from '../../../src/domain/sovereignty/sovereignty.types';
import {
  EARLIER_ASSESSMENT_DATE as ASSESSED_ON,
  makeSource,
  sourced,
  unsourced,
} from '../../support/catalogue-factory';

/** Facts with one source (they count) and without (shown as unverified, count as absent). */
export { ASSESSED_ON, sourced, unsourced };

export function makeProvider(overrides: Partial<Provider> = {}, control?: Fact<Control>): Provider {
  return {
    id: 'test-provider',
    name: 'Test Provider',
    type: 'market',
    hqCountry: 'NL',
    ...(control ? { control } : {}),
    ...overrides,
  };
}

export function makeService(overrides: Partial<Service> = {}): Service {
  return {
    id: 'test-service',
    providerId: 'test-provider',
    name: 'Test Service',
    summary: { nl: 'Testdienst' },
    categories: ['compute'],
    serviceModel: 'iaas',
    ...overrides,
  };
}

/** A counting evidence entry unless overridden: sourced, covering the service, certified. */
export function makeEvidence(scheme: EvidenceScheme, overrides: Partial<Evidence> = {}): Evidence {
  return { scheme, status: 'certified', coversService: true, sources: [makeSource()], ...overrides };
}

export function makeDocument(
  services: Service[],
  providers: Provider[] = [makeProvider()],
): CatalogueDocument {
  return {
    schemaVersion: 1,
    categories: [{ id: 'compute', lot: 'infrastructure', name: { nl: 'Rekenkracht' } }],
    capabilities: [],
    providers,
    services,
  };
}

/**
 * Assesses a single service on ASSESSED_ON. The provider is sourced EEA-controlled unless another
 * control fact is given; null means the provider has no control fact.
 */
export function assessOne(
  service: Partial<Service>,
  control: Fact<Control> | null = sourced('eea-controlled'),
  assessedOn = ASSESSED_ON,
): Assessment {
  const document = makeDocument([makeService(service)], [makeProvider({}, control ?? undefined)]);
  return assessCatalogue(document, assessedOn).get('test-service') as Assessment;
}

/** Codes of the rungs that passed, e.g. ['D1', 'D2']. */
export function passedRungs(assessment: Assessment, dimension: keyof Assessment['dimensions']): string[] {
  return assessment.dimensions[dimension].rungs.filter((r) => r.passed).map((r) => r.code);
}
