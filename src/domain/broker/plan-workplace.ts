import type { Capability } from '../catalogue.types';
import type { ReadModel, ServiceEntry } from '../catalogue/read-model';
import type { ExcludedService, MatchResult } from './broker.types';

/** A service covering at least this many capabilities is shown as a suite (openDesk, Mijn Bureau, …). */
export const SUITE_MIN_CAPABILITIES = 3;

/** A column of the coverage matrix: a candidate service or suite that meets the profile. */
export interface PlanColumn {
  entry: ServiceEntry;
  /** Catalogue capabilities the service provides, in catalogue order. */
  capabilityIds: string[];
  suite: boolean;
}

/** A row of the coverage matrix: one capability of the catalogue. */
export interface CapabilityPlan {
  capability: Capability;
  /** Services meeting the profile that provide this capability, in column order. */
  candidates: ServiceEntry[];
  /** One cell per column: whether that column's service provides the capability. */
  cells: boolean[];
  /** Services that provide the capability but failed the profile (so a gap can be explained). */
  excluded: ExcludedService[];
  /** No service meets the profile for this capability. */
  gap: boolean;
}

export interface WorkplacePlan {
  match: MatchResult;
  columns: PlanColumn[];
  rows: CapabilityPlan[];
  gaps: Capability[];
}

/**
 * The Microsoft 365 replacement planner (issue 7): for every capability of the catalogue, the
 * services that provide it and meet the profile. Columns are the included services with at least
 * one capability: suites first (most capabilities first), then single-purpose services, each group
 * in the catalogue's default order (the match result's order) — never alphabetical.
 */
export function planWorkplace(model: ReadModel, match: MatchResult): WorkplacePlan {
  const capabilities = model.document.capabilities;
  const known = new Set(capabilities.map((c) => c.id));
  const columns: PlanColumn[] = match.included
    .map(({ entry }, index) => ({ entry, index, capabilityIds: ownCapabilities(entry, capabilities, known) }))
    .filter((c) => c.capabilityIds.length > 0)
    .map((c) => ({ ...c, suite: c.capabilityIds.length >= SUITE_MIN_CAPABILITIES }))
    .sort(
      (a, b) =>
        Number(b.suite) - Number(a.suite) ||
        (a.suite ? b.capabilityIds.length - a.capabilityIds.length : 0) ||
        a.index - b.index,
    )
    .map(({ entry, capabilityIds, suite }) => ({ entry, capabilityIds, suite }));

  const rows: CapabilityPlan[] = capabilities.map((capability) => {
    const cells = columns.map((column) => column.capabilityIds.includes(capability.id));
    const candidates = columns.filter((_, i) => cells[i]).map((column) => column.entry);
    const excluded = match.excluded.filter(
      (e) => e.entry.service.capabilities?.includes(capability.id) ?? false,
    );
    return { capability, candidates, cells, excluded, gap: candidates.length === 0 };
  });
  return { match, columns, rows, gaps: rows.filter((r) => r.gap).map((r) => r.capability) };
}

function ownCapabilities(
  entry: ServiceEntry,
  capabilities: readonly Capability[],
  known: Set<string>,
): string[] {
  const own = new Set((entry.service.capabilities ?? []).filter((id) => known.has(id)));
  return capabilities.filter((c) => own.has(c.id)).map((c) => c.id);
}
