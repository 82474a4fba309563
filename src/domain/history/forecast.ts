import type { CatalogueDocument, EvidenceScheme } from '../catalogue.types';
import { assessCatalogue } from '../sovereignty/assess-catalogue';
import { counts } from '../sovereignty/evidence';
import { reachableServices } from '../sovereignty/supply-chain';
import { DIMENSIONS, type Dimension, type Level } from '../sovereignty/sovereignty.types';
import { levelSnapshot } from './diff-catalogue';
import type { LevelSnapshot } from './history.types';

/** One evidence entry that stops counting within the forecast window. */
export interface ExpiringEvidence {
  scheme: EvidenceScheme;
  /** Last day it counts (YYYY-MM-DD). */
  validUntil: string;
}

/** A dimension whose level moves on the forecast date. */
export interface DimensionMove {
  dimension: Dimension;
  before: Level;
  after: Level;
}

/**
 * What happens to one service on one future date: the evidence of its own that expires the day
 * before, and the levels the day before and on that date (assessed by the method, so a service whose
 * supply chain loses evidence is listed too, with `expiring` empty and `via` naming the cause).
 */
export interface UpcomingChange {
  /** First day on which the evidence no longer counts: validUntil + 1 day. */
  on: string;
  serviceId: string;
  expiring: ExpiringEvidence[];
  /** For a service affected through runsOn: the services whose evidence expires. */
  via: string[];
  before: LevelSnapshot;
  after: LevelSnapshot;
  dimensions: DimensionMove[];
}

/** ISO date plus n days (UTC arithmetic on calendar dates). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * The evidence that expires within `days` days after `today` and the level changes that follow,
 * computed by assessing the catalogue the day before and on each expiry date (SOVEREIGNTY.md:
 * evidence counts until and including its validUntil). Only the services concerned are assessed:
 * the one whose evidence expires, what runs on it (their J and D are capped by it) and what they
 * run on (the cap needs it). Sorted by date, then service id.
 */
export function forecastExpiries(document: CatalogueDocument, today: string, days: number): UpcomingChange[] {
  const last = addDays(today, days);
  const expiringOn = new Map<string, Map<string, ExpiringEvidence[]>>();
  for (const service of document.services) {
    for (const e of service.evidence ?? []) {
      if (!e.validUntil || e.validUntil < today || !counts(e, today)) continue;
      const on = addDays(e.validUntil, 1);
      if (on > last) continue;
      const byService = expiringOn.get(on) ?? new Map<string, ExpiringEvidence[]>();
      expiringOn.set(on, byService);
      const list = byService.get(service.id) ?? [];
      byService.set(service.id, list);
      list.push({ scheme: e.scheme, validUntil: e.validUntil });
    }
  }
  if (expiringOn.size === 0) return [];

  const reachable = reachableServices(document.services);
  const dependents = new Map<string, string[]>();
  for (const [id, reached] of reachable) {
    for (const r of reached) {
      const list = dependents.get(r.serviceId) ?? [];
      list.push(id);
      dependents.set(r.serviceId, list);
    }
  }

  const changes: UpcomingChange[] = [];
  for (const on of [...expiringOn.keys()].sort()) {
    const byService = expiringOn.get(on) as Map<string, ExpiringEvidence[]>;
    const concerned = new Set<string>();
    for (const id of byService.keys()) {
      concerned.add(id);
      for (const d of dependents.get(id) ?? []) concerned.add(d);
    }
    const needed = new Set(concerned);
    for (const id of concerned) for (const r of reachable.get(id) ?? []) needed.add(r.serviceId);
    const part: CatalogueDocument = {
      ...document,
      services: document.services.filter((s) => needed.has(s.id)),
    };
    const before = assessCatalogue(part, addDays(on, -1));
    const after = assessCatalogue(part, on);
    for (const id of [...concerned].sort()) {
      const a = levelSnapshot(before.get(id) as NonNullable<ReturnType<typeof before.get>>);
      const b = levelSnapshot(after.get(id) as NonNullable<ReturnType<typeof after.get>>);
      const dimensions = DIMENSIONS.flatMap((dimension): DimensionMove[] => {
        const x = a.dimensions[dimension];
        const y = b.dimensions[dimension];
        return x !== null && y !== null && x !== y ? [{ dimension, before: x, after: y }] : [];
      });
      const expiring = byService.get(id) ?? [];
      if (expiring.length === 0 && dimensions.length === 0) continue;
      const via = expiring.length
        ? []
        : (reachable.get(id) ?? []).map((r) => r.serviceId).filter((r) => byService.has(r));
      changes.push({ on, serviceId: id, expiring, via, before: a, after: b, dimensions });
    }
  }
  return changes;
}
