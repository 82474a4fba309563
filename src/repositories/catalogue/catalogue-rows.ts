import type {
  CatalogueDocument,
  Evidence,
  Fact,
  Provider,
  Service,
  Source,
} from '../../domain/catalogue.types';
import type {
  EvidenceRow,
  FactRow,
  ProviderRow,
  ServiceCapabilityRow,
  ServiceCategoryRow,
  ServiceRow,
  SourceRow,
} from '../../db/tables';
import { providerFacts, serviceFacts } from '../../domain/catalogue-fields';

/** Rows of facts, evidence and their sources, with ids assigned in document order. */
export interface FactualRows {
  facts: FactRow[];
  evidence: EvidenceRow[];
  sources: SourceRow[];
}

export interface ServiceRows extends FactualRows {
  services: ServiceRow[];
  serviceCategories: ServiceCategoryRow[];
  serviceCapabilities: ServiceCapabilityRow[];
}

/** Hands out ids for facts, evidence and sources; the importer owns them, as it replaces everything. */
export class IdCounter {
  private fact = 0;
  private evidence = 0;
  private source = 0;
  nextFact = (): number => ++this.fact;
  nextEvidence = (): number => ++this.evidence;
  nextSource = (): number => ++this.source;
}

const orNull = <T>(value: T | undefined): T | null => (value === undefined ? null : value);

function emptyFactual(): FactualRows {
  return { facts: [], evidence: [], sources: [] };
}

function sourceRows(
  sources: Source[] | undefined,
  owner: Pick<SourceRow, 'fact_id' | 'evidence_id'>,
  ids: IdCounter,
): SourceRow[] {
  return (sources ?? []).map((s, position) => ({
    id: ids.nextSource(),
    ...owner,
    position,
    url: s.url,
    kind: orNull(s.kind),
    title: orNull(s.title),
    retrieved_on: orNull(s.retrievedOn),
    checked_on: orNull(s.checkedOn),
    note: orNull(s.note),
  }));
}

function addFact(
  out: FactualRows,
  subject: Pick<FactRow, 'provider_id' | 'service_id'>,
  path: string,
  fact: Fact<unknown>,
  ids: IdCounter,
): void {
  const id = ids.nextFact();
  out.facts.push({ id, ...subject, path, value: fact.value, note: orNull(fact.note) });
  out.sources.push(...sourceRows(fact.sources, { fact_id: id, evidence_id: null }, ids));
}

function addEvidence(out: FactualRows, serviceId: string, evidence: Evidence[], ids: IdCounter): void {
  evidence.forEach((e, position) => {
    const id = ids.nextEvidence();
    out.evidence.push({
      id,
      service_id: serviceId,
      position,
      scheme: e.scheme,
      level: orNull(e.level),
      status: orNull(e.status),
      version: orNull(e.version),
      scope: orNull(e.scope),
      covers_service: orNull(e.coversService),
      issuer: orNull(e.issuer),
      reference: orNull(e.reference),
      valid_until: orNull(e.validUntil),
    });
    out.sources.push(...sourceRows(e.sources, { fact_id: null, evidence_id: id }, ids));
  });
}

export function providerRows(
  providers: Provider[],
  ids: IdCounter,
): { providers: ProviderRow[] } & FactualRows {
  const out = emptyFactual();
  const rows = providers.map((p, position): ProviderRow => {
    for (const [path, fact] of providerFacts(p)) {
      addFact(out, { provider_id: p.id, service_id: null }, path, fact, ids);
    }
    return {
      id: p.id,
      position,
      name: p.name,
      legal_name: orNull(p.legalName),
      type: p.type,
      hq_country: p.hqCountry,
      ultimate_parent_name: orNull(p.ultimateParent?.name),
      ultimate_parent_country: orNull(p.ultimateParent?.country),
      website: orNull(p.website),
      description: orNull(p.description),
    };
  });
  return { providers: rows, ...out };
}

/** Rows of a slice of services; `offset` is the position of the first in the document. */
export function serviceRows(services: Service[], offset: number, ids: IdCounter): ServiceRows {
  const out: ServiceRows = {
    ...emptyFactual(),
    services: [],
    serviceCategories: [],
    serviceCapabilities: [],
  };
  services.forEach((s, i) => {
    out.services.push({
      id: s.id,
      position: offset + i,
      provider_id: s.providerId,
      name: s.name,
      summary: s.summary,
      description: orNull(s.description),
      website: orNull(s.website),
      service_model: s.serviceModel,
      deployment: orNull(s.deployment),
      notes: orNull(s.notes),
    });
    s.categories.forEach((category_id, position) =>
      out.serviceCategories.push({ service_id: s.id, category_id, position }),
    );
    (s.capabilities ?? []).forEach((capability_id, position) =>
      out.serviceCapabilities.push({ service_id: s.id, capability_id, position }),
    );
    const subject = { provider_id: null, service_id: s.id };
    for (const [path, fact] of serviceFacts(s)) addFact(out, subject, path, fact, ids);
    addEvidence(out, s.id, s.evidence ?? [], ids);
  });
  return out;
}

/** The `runsOn` links; inserted after every service exists, as a link may point forward. */
export function runsOnRows(
  document: CatalogueDocument,
): { service_id: string; runs_on_id: string; position: number }[] {
  return document.services.flatMap((s) =>
    (s.runsOn ?? []).map((runs_on_id, position) => ({ service_id: s.id, runs_on_id, position })),
  );
}
