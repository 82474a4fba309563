import type { ServiceModel } from '../../domain/catalogue.types';
import type { Dimension, Level } from '../../domain/sovereignty/sovereignty.types';
import { dimensionLevels } from '../../domain/sovereignty/dimension-levels';
import type { ReadModel, ServiceEntry } from '../../domain/catalogue/read-model';

/** Levels per dimension; null where a dimension does not apply (assurance of self-hosted software). */
export type SovereigntySummaryJson = { overall: Level; limitedBy: Dimension[] } & Record<
  Dimension,
  Level | null
>;

/** One service in an API result list (issue 5). */
export interface ServiceItemJson {
  id: string;
  name: string;
  providerId: string;
  categories: string[];
  serviceModel: ServiceModel;
  /** Levels in the view the response uses (a list's `view`; otherwise the default view). */
  sovereignty: SovereigntySummaryJson;
  /** Levels in the checked-only view: only sources the marketplace checked count (SOVEREIGNTY.md). */
  sovereigntyCheckedOnly: SovereigntySummaryJson;
}

export function presentSovereigntySummary(entry: ServiceEntry): SovereigntySummaryJson {
  const { assessment } = entry;
  return {
    overall: assessment.overall,
    limitedBy: [...assessment.limitedBy],
    ...dimensionLevels(assessment),
  };
}

/** The same service in the checked-only model (built from the same document, so it is there). */
export function checkedOnlyEntry(entry: ServiceEntry, checkedOnly: ReadModel): ServiceEntry {
  const found = checkedOnly.serviceById.get(entry.service.id);
  if (!found) throw new Error(`service ${entry.service.id} is missing from the checked-only view`);
  return found;
}

/** One list item: its levels in the view in use and in the checked-only view. */
export function presentServiceItem(entry: ServiceEntry, checkedOnly: ReadModel): ServiceItemJson {
  const { service } = entry;
  return {
    id: service.id,
    name: service.name,
    providerId: service.providerId,
    categories: [...service.categories],
    serviceModel: service.serviceModel,
    sovereignty: presentSovereigntySummary(entry),
    sovereigntyCheckedOnly: presentSovereigntySummary(checkedOnlyEntry(entry, checkedOnly)),
  };
}
