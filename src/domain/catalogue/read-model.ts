import type { Capability, CatalogueDocument, Category, Provider, Service } from '../catalogue.types';
import type { Assessment } from '../sovereignty/sovereignty.types';
import { assessCatalogue } from '../sovereignty/assess-catalogue';
import { checkedOnlyDocument } from '../sovereignty/checked-only';
import { shareEqualParts } from '../sovereignty/share-assessments';
import { stableHash } from '../stable-hash';

/** One service with everything a page, filter or export needs about it, precomputed. */
export interface ServiceEntry {
  service: Service;
  provider: Provider;
  assessment: Assessment;
  /** Stable hash of the service id: the last tie-breaker in every order, so no name is favoured. */
  hash: number;
  /** Sum of the applicable dimension levels: the second key of the default order. */
  levelSum: number;
}

/**
 * The in-memory read model: the whole catalogue as plain data plus lookups and precomputed
 * assessments. Pages, filters, search, compare and the broker read from it; PostgreSQL is the
 * durable store it is rebuilt from whenever the catalogue changes or the assessment date moves.
 */
export interface ReadModel {
  document: CatalogueDocument;
  /** ISO date YYYY-MM-DD used for expiry of evidence. */
  assessedOn: string;
  /** Changes whenever the model is rebuilt; used for ETags and cache keys. */
  version: string;
  categories: Map<string, Category>;
  capabilities: Map<string, Capability>;
  providers: Map<string, Provider>;
  /** All services in the default order: overall level desc, level sum desc, id hash. */
  services: ServiceEntry[];
  serviceById: Map<string, ServiceEntry>;
  servicesByProvider: Map<string, ServiceEntry[]>;
  servicesByCategory: Map<string, ServiceEntry[]>;
  /** Services that list the key service in `runsOn` (what runs on it). */
  dependents: Map<string, ServiceEntry[]>;
}

/** Default order of the catalogue (issue 3): never alphabetical. */
export function compareByLevel(a: ServiceEntry, b: ServiceEntry): number {
  return (
    b.assessment.overall - a.assessment.overall ||
    b.levelSum - a.levelSum ||
    a.hash - b.hash ||
    (a.service.id < b.service.id ? -1 : a.service.id > b.service.id ? 1 : 0)
  );
}

export function buildReadModel(
  document: CatalogueDocument,
  assessedOn: string,
  generation: number | string = 0,
): ReadModel {
  const assessments = shareEqualParts(assessCatalogue(document, assessedOn));
  const providers = new Map(document.providers.map((p) => [p.id, p]));
  const services: ServiceEntry[] = document.services.map((service) => {
    const provider = providers.get(service.providerId);
    const assessment = assessments.get(service.id);
    if (!provider || !assessment) {
      throw new Error(`Catalogue is inconsistent: service ${service.id} lacks its provider or assessment`);
    }
    const levelSum = Object.values(assessment.dimensions)
      .filter((d) => d.applicable)
      .reduce((sum, d) => sum + d.level, 0);
    return { service, provider, assessment, hash: stableHash(service.id), levelSum };
  });
  services.sort(compareByLevel);

  const servicesByProvider = new Map<string, ServiceEntry[]>();
  const servicesByCategory = new Map<string, ServiceEntry[]>();
  const dependents = new Map<string, ServiceEntry[]>();
  for (const entry of services) {
    push(servicesByProvider, entry.service.providerId, entry);
    for (const categoryId of entry.service.categories) push(servicesByCategory, categoryId, entry);
    for (const baseId of entry.service.runsOn ?? []) push(dependents, baseId, entry);
  }
  return {
    document,
    assessedOn,
    version: `${generation}-${assessedOn}`,
    categories: new Map(document.categories.map((c) => [c.id, c])),
    capabilities: new Map(document.capabilities.map((c) => [c.id, c])),
    providers,
    services,
    serviceById: new Map(services.map((e) => [e.service.id, e])),
    servicesByProvider,
    servicesByCategory,
    dependents,
  };
}

/**
 * The read model of the checked-only view (SOVEREIGNTY.md): every level is assessed as if only the
 * sources the marketplace team checked (on or before the assessment date) existed, while pages
 * still show every fact and source as published. Its version differs from the default model's, so
 * cached pages of the two views never mix.
 */
export function buildCheckedOnlyReadModel(
  document: CatalogueDocument,
  assessedOn: string,
  generation: number | string = 0,
): ReadModel {
  const model = buildReadModel(
    checkedOnlyDocument(document, assessedOn),
    assessedOn,
    `${generation}-checked`,
  );
  const services = new Map(document.services.map((s) => [s.id, s]));
  const providers = new Map(document.providers.map((p) => [p.id, p]));
  for (const entry of model.services) {
    entry.service = services.get(entry.service.id) as Service;
    entry.provider = providers.get(entry.provider.id) as Provider;
  }
  return { ...model, document, providers };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
