import {
  CONTROLS,
  EVIDENCE_SCHEMES,
  LOTS,
  PROVIDER_TYPES,
  SERVICE_MODELS,
  type CatalogueDocument,
} from '../../../src/domain/catalogue.types';
import { knownParameters } from '../../../src/validators/filter-query';
import { LOCATION_FILTERS, SORT_KEYS } from '../../../src/domain/filters/filter-query.types';

/**
 * Valid values per parameter name, so that hostile values are mixed with real filters and reach
 * the code behind validation too. Names other areas use (compare ids, broker profile, API paging,
 * export format) are included so their handlers see repeats, arrays and junk as well.
 */
export function validValues(doc: CatalogueDocument): Record<string, readonly string[]> {
  const serviceIds = doc.services.map((s) => s.id);
  return {
    q: ['cloud', 'opslag', 'mail', 'kubernetes', 'nextcloud*'],
    lang: ['nl', 'en'],
    level: ['0', '1', '2', '3', '4'],
    minJurisdiction: ['2', '3'],
    minData: ['1', '3'],
    minOpenness: ['2'],
    minAssurance: ['1'],
    category: doc.categories.map((c) => c.id),
    capability: doc.capabilities.map((c) => c.id),
    provider: doc.providers.map((p) => p.id),
    lot: LOTS,
    model: SERVICE_MODELS,
    cert: EVIDENCE_SCHEMES,
    location: LOCATION_FILTERS,
    control: CONTROLS,
    providerType: PROVIDER_TYPES,
    openSource: ['true'],
    selfHostable: ['true'],
    checked: ['true'],
    sort: SORT_KEYS,
    page: ['1', '2', '3'],
    perPage: ['10', '50', '100'],
    ids: serviceIds,
    id: serviceIds,
    services: serviceIds,
    service: serviceIds,
    add: serviceIds,
    remove: serviceIds,
    profile: ['municipality', 'ministry', 'school', 'hospital'],
    format: ['csv', 'ods', 'json', 'html'],
    limit: ['1', '10', '100'],
    offset: ['0', '10'],
    cursor: ['abc'],
    users: ['10', '250', '5000'],
    returnTo: ['/services', '/compare'],
  };
}

/** Every parameter name worth mutating: the list pages' own plus the names above. */
export function parameterNames(doc: CatalogueDocument): string[] {
  return [...new Set([...knownParameters(), ...Object.keys(validValues(doc))])];
}

/** Valid ids for a path parameter, chosen by the segment before it (`/services/:id` → services). */
export function idsForPath(path: string, doc: CatalogueDocument): string[] {
  const segment =
    path
      .split('/')
      .filter(Boolean)
      .reverse()
      .find((s) => !s.startsWith(':')) ?? '';
  if (/categor/.test(segment)) return doc.categories.map((c) => c.id);
  if (/provider/.test(segment)) return doc.providers.map((p) => p.id);
  if (/capabilit/.test(segment)) return doc.capabilities.map((c) => c.id);
  return doc.services.map((s) => s.id);
}
