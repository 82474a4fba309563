import type {
  Capability,
  CatalogueDocument,
  Category,
  Evidence,
  Fact,
  Provider,
  Service,
  Source,
} from '../../src/domain/catalogue.types';

/**
 * Small valid catalogue documents for tests. Every maker takes overrides; ids default to fixed
 * values (`test-provider`, `test-service`, `test-category`, `test-capability`) so that the pieces
 * fit together. Overriding a list in makeDocument replaces it entirely.
 */

/**
 * The assessment dates tests use. The reference catalogue's sources were retrieved on
 * REFERENCE_ASSESSMENT_DATE (server.ts and the snapshots assess it on that day too); the unit tests of
 * the method and of search assess small documents on EARLIER_ASSESSMENT_DATE, and their evidence
 * expiry dates are written around it.
 */
export const REFERENCE_ASSESSMENT_DATE = '2026-11-28';
export const EARLIER_ASSESSMENT_DATE = '2026-06-15';

export function makeSource(overrides: Partial<Source> = {}): Source {
  return {
    url: 'https://example.org/source',
    kind: 'primary',
    retrievedOn: REFERENCE_ASSESSMENT_DATE,
    ...overrides,
  };
}

/** A fact with one primary source (override `sources` or `note` as needed). */
export function makeFact<T>(value: T, overrides: Partial<Fact<T>> = {}): Fact<T> {
  return { value, sources: [makeSource()], ...overrides };
}

/** A fact without sources: shown as unverified, never raises a level. */
export function makeUnsourcedFact<T>(value: T): Fact<T> {
  return { value };
}

/** The short names the fixtures use: a fact that counts, and one that is shown as unverified. */
export { makeFact as sourced, makeUnsourcedFact as unsourced };

export function makeEvidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    scheme: 'ISO27001',
    status: 'certified',
    coversService: true,
    sources: [makeSource()],
    ...overrides,
  };
}

export function makeCategory(overrides: Partial<Category> = {}): Category {
  return {
    id: 'test-category',
    lot: 'infrastructure',
    name: { nl: 'Testcategorie', en: 'Test category' },
    ...overrides,
  };
}

export function makeCapability(overrides: Partial<Capability> = {}): Capability {
  return { id: 'test-capability', name: { nl: 'Testvermogen', en: 'Test capability' }, ...overrides };
}

export function makeProvider(overrides: Partial<Provider> = {}): Provider {
  return { id: 'test-provider', name: 'Test Provider', type: 'market', hqCountry: 'NL', ...overrides };
}

export function makeService(overrides: Partial<Service> = {}): Service {
  const id = overrides.id ?? 'test-service';
  return {
    id,
    providerId: 'test-provider',
    name: `Service ${id}`,
    summary: { nl: `Samenvatting van ${id}`, en: `Summary of ${id}` },
    categories: ['test-category'],
    serviceModel: 'iaas',
    ...overrides,
  };
}

/** A valid document: one category, capability and provider, and one service unless overridden. */
export function makeDocument(overrides: Partial<CatalogueDocument> = {}): CatalogueDocument {
  return {
    schemaVersion: 1,
    categories: [makeCategory()],
    capabilities: [makeCapability()],
    providers: [makeProvider()],
    services: [makeService()],
    ...overrides,
  };
}
