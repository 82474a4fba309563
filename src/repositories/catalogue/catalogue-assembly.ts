import type {
  CatalogueDocument,
  Category,
  Evidence,
  Fact,
  Lot,
  Provider,
  ProviderType,
  Service,
  ServiceModel,
  Source,
} from '../../domain/catalogue.types';
import type { CatalogueRowsRead, EvidenceRead, FactRead } from './catalogue-queries';

type Loose = Record<string, unknown>;

/** Copies the defined, non-null values: optional fields are absent in the document, never null. */
function compact<T>(fields: Loose): T {
  const out: Loose = {};
  for (const [key, value] of Object.entries(fields))
    if (value !== null && value !== undefined) out[key] = value;
  return out as T;
}

function toFact(row: FactRead): Fact<unknown> {
  return compact<Fact<unknown>>({
    value: row.value,
    sources: row.sources as Source[] | null,
    note: row.note,
  });
}

function toEvidence(row: EvidenceRead): Evidence {
  return compact<Evidence>({
    scheme: row.scheme,
    level: row.level,
    status: row.status,
    version: row.version,
    scope: row.scope,
    coversService: row.covers_service,
    issuer: row.issuer,
    reference: row.reference,
    validUntil: row.valid_until,
    sources: row.sources as Source[] | null,
  });
}

/** Puts a fact at its path (`contract.noticePeriodDays`) inside its subject. */
function placeFact(subject: Loose, path: string, fact: Fact<unknown>): void {
  const parts = path.split('.');
  let target = subject;
  for (const part of parts.slice(0, -1)) {
    target[part] ??= {};
    target = target[part] as Loose;
  }
  target[parts[parts.length - 1]] = fact;
}

function group<T>(rows: T[], key: (row: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/** Rebuilds the catalogue document from its rows: the inverse of catalogue-rows.ts. */
export function assembleCatalogue(rows: CatalogueRowsRead): CatalogueDocument {
  const providerFacts = group(rows.facts, (f) => f.provider_id);
  const serviceFacts = group(rows.facts, (f) => f.service_id);
  const evidence = group(rows.evidence, (e) => e.service_id);

  const categories = rows.categories.map((c) =>
    compact<Category>({ id: c.id, lot: c.lot as Lot, name: c.name, description: c.description }),
  );
  const capabilities = rows.capabilities.map((c) =>
    compact({ id: c.id, name: c.name, replaces: c.replaces }),
  );
  const providers = rows.providers.map((p) => {
    const provider = compact<Provider>({
      id: p.id,
      name: p.name,
      legalName: p.legal_name,
      type: p.type as ProviderType,
      hqCountry: p.hq_country,
      ultimateParent:
        p.ultimate_parent_name !== null && p.ultimate_parent_country !== null
          ? { name: p.ultimate_parent_name, country: p.ultimate_parent_country }
          : null,
    });
    for (const f of providerFacts.get(p.id) ?? []) placeFact(provider as unknown as Loose, f.path, toFact(f));
    return Object.assign(provider, compact({ website: p.website, description: p.description }));
  });
  const services = rows.services.map((s) => {
    const service = compact<Service>({
      id: s.id,
      providerId: s.provider_id,
      name: s.name,
      summary: s.summary,
      description: s.description,
      website: s.website,
      categories: s.categories,
      serviceModel: s.service_model as ServiceModel,
      deployment: s.deployment,
      capabilities: s.capabilities,
      runsOn: s.runs_on,
    });
    for (const f of serviceFacts.get(s.id) ?? []) placeFact(service as unknown as Loose, f.path, toFact(f));
    const serviceEvidence = evidence.get(s.id);
    if (serviceEvidence) service.evidence = serviceEvidence.map(toEvidence);
    return Object.assign(service, compact({ notes: s.notes }));
  });

  return compact<CatalogueDocument>({
    schemaVersion: 1,
    title: rows.meta?.title,
    publishedOn: rows.meta?.published_on,
    categories,
    capabilities,
    providers,
    services,
  });
}
