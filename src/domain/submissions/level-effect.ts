import type { CatalogueDocument, Service } from '../catalogue.types';
import { assessCatalogue } from '../sovereignty/assess-catalogue';
import { DIMENSIONS, type Assessment, type Dimension, type Level } from '../sovereignty/sovereignty.types';
import type { SubjectKind } from './record.types';

export interface DimensionEffect {
  dimension: Dimension;
  before?: Level;
  after?: Level;
  /** Codes of the rungs whose test changed outcome (e.g. ['T2']), lowest first. */
  movedRungs: string[];
  /** Codes of those that now pass (reached) and now fail (lost). */
  reached: string[];
  lost: string[];
}

export interface ServiceEffect {
  serviceId: string;
  name: string;
  /** Undefined where the service does not exist on that side (a new service). */
  before?: Level;
  after?: Level;
  dimensions: DimensionEffect[];
  /** True when something moved (a level, a rung or the overall level). */
  changed: boolean;
}

/** The services a record's change can move: the service itself, or all of a provider's services. */
function directlyAffected(document: CatalogueDocument, kind: SubjectKind, id: string): string[] {
  if (kind === 'service') return [id];
  return document.services.filter((s) => s.providerId === id).map((s) => s.id);
}

/** Adds every service that runs on one of `ids`, transitively (their J and D are capped by them). */
function withDependents(services: readonly Service[], ids: Iterable<string>): Set<string> {
  const dependents = new Map<string, string[]>();
  for (const s of services) for (const base of s.runsOn ?? []) push(dependents, base, s.id);
  const out = new Set<string>();
  const queue = [...ids];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (out.has(id)) continue;
    out.add(id);
    queue.push(...(dependents.get(id) ?? []));
  }
  return out;
}

/** The part of the document the given services' assessments depend on (they and what they run on). */
function subDocument(document: CatalogueDocument, ids: Set<string>): CatalogueDocument {
  const byId = new Map(document.services.map((s) => [s.id, s]));
  const keep = new Set<string>();
  const queue = [...ids].filter((id) => byId.has(id));
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (keep.has(id)) continue;
    keep.add(id);
    queue.push(...(byId.get(id)?.runsOn ?? []).filter((r) => byId.has(r)));
  }
  return { ...document, services: document.services.filter((s) => keep.has(s.id)) };
}

function compare(before: Assessment | undefined, after: Assessment | undefined): DimensionEffect[] {
  return DIMENSIONS.map((dimension) => {
    const b = before?.dimensions[dimension];
    const a = after?.dimensions[dimension];
    const reached: string[] = [];
    const lost: string[] = [];
    for (const rung of a?.rungs ?? b?.rungs ?? []) {
      const wasPassed = b?.rungs.find((r) => r.rung === rung.rung)?.passed ?? false;
      const isPassed = a?.rungs.find((r) => r.rung === rung.rung)?.passed ?? false;
      if (isPassed && !wasPassed) reached.push(rung.code);
      if (wasPassed && !isPassed) lost.push(rung.code);
    }
    return {
      dimension,
      before: b?.level,
      after: a?.level,
      movedRungs: [...reached, ...lost].sort(),
      reached,
      lost,
    };
  });
}

/**
 * The effect of publishing `after` instead of `before` on the sovereignty levels (SOVEREIGNTY.md),
 * for the services the changed record touches and every service that runs on them: per service the
 * overall level and per dimension the level before and after with the rungs that moved. Only the
 * part of the catalogue those services depend on is assessed, so this stays cheap at any size.
 */
export function levelEffect(
  before: CatalogueDocument,
  after: CatalogueDocument,
  kind: SubjectKind,
  subjectId: string,
  assessedOn: string,
): ServiceEffect[] {
  const direct = [...directlyAffected(before, kind, subjectId), ...directlyAffected(after, kind, subjectId)];
  const ids = new Set([
    ...withDependents(before.services, direct),
    ...withDependents(after.services, direct),
  ]);
  const old = assessCatalogue(subDocument(before, ids), assessedOn);
  const next = assessCatalogue(subDocument(after, ids), assessedOn);
  const names = new Map([...before.services, ...after.services].map((s) => [s.id, s.name]));
  const order = after.services.filter((s) => ids.has(s.id)).map((s) => s.id);
  for (const id of ids) if (!order.includes(id)) order.push(id);
  return order.map((serviceId) => {
    const b = old.get(serviceId);
    const a = next.get(serviceId);
    const dimensions = compare(b, a);
    return {
      serviceId,
      name: names.get(serviceId) ?? serviceId,
      before: b?.overall,
      after: a?.overall,
      dimensions,
      changed:
        b?.overall !== a?.overall || dimensions.some((d) => d.before !== d.after || d.movedRungs.length > 0),
    };
  });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
