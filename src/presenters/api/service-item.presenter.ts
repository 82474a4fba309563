import type { ServiceModel } from '../../domain/catalogue.types';
import { DIMENSIONS, type Dimension, type Level } from '../../domain/sovereignty/sovereignty.types';
import type { ServiceEntry } from '../../domain/catalogue/read-model';

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
  sovereignty: SovereigntySummaryJson;
}

export function presentSovereigntySummary(entry: ServiceEntry): SovereigntySummaryJson {
  const { assessment } = entry;
  const summary = {
    overall: assessment.overall,
    limitedBy: [...assessment.limitedBy],
  } as SovereigntySummaryJson;
  for (const dimension of DIMENSIONS) {
    const assessed = assessment.dimensions[dimension];
    summary[dimension] = assessed.applicable ? assessed.level : null;
  }
  return summary;
}

export function presentServiceItem(entry: ServiceEntry): ServiceItemJson {
  const { service } = entry;
  return {
    id: service.id,
    name: service.name,
    providerId: service.providerId,
    categories: [...service.categories],
    serviceModel: service.serviceModel,
    sovereignty: presentSovereigntySummary(entry),
  };
}
