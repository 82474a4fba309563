import stringify from 'safe-stable-stringify';
import { dimensionLevels } from '../sovereignty/dimension-levels';
import type { CatalogueDocument, Evidence, Fact, Provider, Service } from '../catalogue.types';
import {
  PROVIDER_FIELDS,
  SERVICE_FIELDS,
  evidenceByKey,
  providerFacts,
  serviceFacts,
} from '../catalogue-fields';
import { counts } from '../sovereignty/evidence';
import { DIMENSIONS, type Assessment } from '../sovereignty/sovereignty.types';
import type {
  ChangeDetail,
  ChangeItem,
  EvidenceChange,
  ExpiredEvidence,
  FactChange,
  FieldChange,
  LevelSnapshot,
} from './history.types';
import { providerTokens, serviceTokens, unionTokens, type TokenContext } from './selection-tokens';

/** One generation of the catalogue: its document and every service's assessment at one date. */
export interface Generation {
  document: CatalogueDocument;
  assessments: ReadonlyMap<string, Assessment>;
  assessedOn: string;
}

/** The fields the history compares: a service's plain fields and the provider it belongs to. */
const DIFFED_SERVICE_FIELDS = ['providerId', ...SERVICE_FIELDS] as const;

/** An empty list or object says no more than an absent one, and the catalogue tables keep neither. */
const dropEmpty = (_key: string, value: unknown): unknown =>
  value !== null && typeof value === 'object' && Object.keys(value).length === 0 ? undefined : value;

/**
 * Whether two records (or values) are equal as canonical JSON: keys sorted, and empty lists and
 * objects left out, so a record read back from the tables equals the document it was imported
 * from (`evidence: []` comes back absent). The plain comparison first: it settles nearly all.
 */
function same(a: unknown, b: unknown): boolean {
  return stringify(a) === stringify(b) || stringify(a, dropEmpty) === stringify(b, dropEmpty);
}

export function levelSnapshot(assessment: Assessment): LevelSnapshot {
  return { overall: assessment.overall, dimensions: dimensionLevels(assessment) };
}

function sameLevels(a: LevelSnapshot, b: LevelSnapshot): boolean {
  return a.overall === b.overall && DIMENSIONS.every((d) => a.dimensions[d] === b.dimensions[d]);
}

function fieldChanges<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T & string)[],
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (!same(before[field], after[field]))
      changes.push({ field, before: before[field], after: after[field] });
  }
  return changes;
}

function factChanges(before: Map<string, Fact<unknown>>, after: Map<string, Fact<unknown>>): FactChange[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  const changes: FactChange[] = [];
  for (const path of paths) {
    const a = before.get(path);
    const b = after.get(path);
    if (!same(a, b)) changes.push({ path, before: a, after: b });
  }
  return changes;
}

function evidenceChanges(before: Service, after: Service): EvidenceChange[] {
  const a = evidenceByKey(before.evidence);
  const b = evidenceByKey(after.evidence);
  const changes: EvidenceChange[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key);
    const y = b.get(key);
    if (!same(x, y)) changes.push({ scheme: (x ?? (y as Evidence)).scheme, before: x, after: y });
  }
  return changes;
}

function emptyDetail(): ChangeDetail {
  return { fields: [], facts: [], evidence: [] };
}

function isEmpty(detail: ChangeDetail): boolean {
  return (
    detail.fields.length === 0 &&
    detail.facts.length === 0 &&
    detail.evidence.length === 0 &&
    detail.levels === undefined &&
    (detail.expired?.length ?? 0) === 0
  );
}

/** Looks up a service's provider and assessment in one generation, for its levels and filter tokens. */
class Side {
  readonly services: Map<string, Service>;
  readonly providers: Map<string, Provider>;
  private readonly context: TokenContext;

  constructor(private readonly generation: Generation) {
    this.services = new Map(generation.document.services.map((s) => [s.id, s]));
    this.providers = new Map(generation.document.providers.map((p) => [p.id, p]));
    this.context = {
      categories: new Map(generation.document.categories.map((c) => [c.id, c])),
      assessedOn: generation.assessedOn,
    };
  }

  levels(serviceId: string): LevelSnapshot {
    return levelSnapshot(this.assessment(serviceId));
  }

  tokens(service: Service): string[] {
    const provider = this.providers.get(service.providerId) as Provider;
    return serviceTokens({ service, provider, assessment: this.assessment(service.id) }, this.context);
  }

  private assessment(serviceId: string): Assessment {
    const assessment = this.generation.assessments.get(serviceId);
    if (!assessment) throw new Error(`no assessment of service ${serviceId}`);
    return assessment;
  }
}

/**
 * What changed between two generations of the catalogue, per provider and per service: records
 * added and removed, each changed field, fact (with its sources) and evidence entry before and after,
 * and the levels before and after where they differ (including services whose own data did not
 * change but whose provider or supply chain did). Unchanged records give no item, so the result
 * grows with the change, not with the catalogue.
 */
export function diffGenerations(before: Generation, after: Generation): ChangeItem[] {
  const a = new Side(before);
  const b = new Side(after);
  const items: ChangeItem[] = [];

  for (const [id, provider] of b.providers) {
    const old = a.providers.get(id);
    if (!old) {
      items.push(providerItem(provider, 'added', emptyDetail(), providerTokens(provider)));
      continue;
    }
    if (same(old, provider)) continue;
    const detail = {
      ...emptyDetail(),
      fields: fieldChanges(old, provider, PROVIDER_FIELDS),
      facts: factChanges(providerFacts(old), providerFacts(provider)),
    };
    if (isEmpty(detail)) continue;
    items.push(
      providerItem(provider, 'changed', detail, unionTokens(providerTokens(old), providerTokens(provider))),
    );
  }
  for (const [id, provider] of a.providers) {
    if (!b.providers.has(id))
      items.push(providerItem(provider, 'removed', emptyDetail(), providerTokens(provider)));
  }

  for (const [id, service] of b.services) {
    const old = a.services.get(id);
    const levels = b.levels(id);
    if (!old) {
      items.push(
        serviceItem(service, 'added', { ...emptyDetail(), levels: { after: levels } }, b.tokens(service)),
      );
      continue;
    }
    const oldLevels = a.levels(id);
    const sameRecord = same(old, service);
    const levelsMoved = !sameLevels(oldLevels, levels);
    if (sameRecord && !levelsMoved) continue;
    const detail: ChangeDetail = sameRecord
      ? emptyDetail()
      : {
          fields: fieldChanges(old, service, DIFFED_SERVICE_FIELDS),
          facts: factChanges(serviceFacts(old), serviceFacts(service)),
          evidence: evidenceChanges(old, service),
        };
    if (levelsMoved) detail.levels = { before: oldLevels, after: levels };
    if (isEmpty(detail)) continue;
    items.push(serviceItem(service, 'changed', detail, unionTokens(a.tokens(old), b.tokens(service))));
  }
  for (const [id, service] of a.services) {
    if (b.services.has(id)) continue;
    items.push(
      serviceItem(
        service,
        'removed',
        { ...emptyDetail(), levels: { before: a.levels(id) } },
        a.tokens(service),
      ),
    );
  }
  return items;
}

/**
 * What the move of the assessment date changed in one unchanged catalogue: per service the
 * evidence that expired in between and the levels before and after where they differ.
 */
export function diffAssessmentDates(before: Generation, after: Generation): ChangeItem[] {
  const a = new Side(before);
  const b = new Side(after);
  const items: ChangeItem[] = [];
  for (const [id, service] of b.services) {
    if (!a.services.has(id)) continue;
    const expired: ExpiredEvidence[] = (service.evidence ?? [])
      .filter((e) => e.validUntil && counts(e, before.assessedOn) && !counts(e, after.assessedOn))
      .map((e) => ({ scheme: e.scheme, validUntil: e.validUntil as string }));
    const oldLevels = a.levels(id);
    const levels = b.levels(id);
    const detail: ChangeDetail = { ...emptyDetail(), expired };
    if (!sameLevels(oldLevels, levels)) detail.levels = { before: oldLevels, after: levels };
    if (isEmpty(detail)) continue;
    items.push(serviceItem(service, 'changed', detail, unionTokens(a.tokens(service), b.tokens(service))));
  }
  return items;
}

function providerItem(
  provider: Provider,
  kind: ChangeItem['kind'],
  detail: ChangeDetail,
  tokens: string[],
): ChangeItem {
  return {
    subjectKind: 'provider',
    subjectId: provider.id,
    providerId: provider.id,
    name: provider.name,
    kind,
    tokens,
    detail,
  };
}

function serviceItem(
  service: Service,
  kind: ChangeItem['kind'],
  detail: ChangeDetail,
  tokens: string[],
): ChangeItem {
  return {
    subjectKind: 'service',
    subjectId: service.id,
    providerId: service.providerId,
    name: service.name,
    kind,
    tokens: unionTokens(tokens),
    detail,
  };
}
