import type { Capability, Category, Provider, Service } from '../../domain/catalogue.types';
import type { Translate } from '../../i18n/i18n';
import type { ReadModel, ServiceEntry } from '../../domain/catalogue/read-model';
import type { ProviderPage } from '../../domain/catalogue/list-providers';
import type { PageLinks } from './page-links';
import {
  presentAssessment,
  presentEvidence,
  type AssessmentJson,
  type EvidenceJson,
} from './assessment.presenter';
import { checkedOnlyEntry, presentServiceItem, type ServiceItemJson } from './service-item.presenter';

export interface ServiceRefJson {
  id: string;
  name: string;
}

/** GET /api/v1/services/{id}: the service as in the catalogue document, plus what is derived from it. */
export interface ServiceDetailJson {
  assessedOn: string;
  /** Exactly as in the catalogue: every fact with its sources, evidence, contract terms, runsOn. */
  service: Service;
  provider: Provider;
  evidence: EvidenceJson[];
  runsOn: ServiceRefJson[];
  /** Services that list this one in their runsOn. */
  runBy: ServiceRefJson[];
  assessment: AssessmentJson;
  /** The same assessment in the checked-only view: only sources the marketplace checked count. */
  assessmentCheckedOnly: AssessmentJson;
}

export interface ProviderJson extends Provider {
  serviceIds: string[];
}

export interface ProviderDetailJson {
  assessedOn: string;
  provider: Provider;
  services: ServiceItemJson[];
}

export type CategoryJson = Category & { serviceCount: number };
export type CapabilityJson = Capability & { serviceCount: number };

const ref = (entry: ServiceEntry): ServiceRefJson => ({ id: entry.service.id, name: entry.service.name });

export function presentServiceDetail(
  entry: ServiceEntry,
  model: ReadModel,
  checkedOnly: ReadModel,
  t: Translate,
): ServiceDetailJson {
  const runsOn = (entry.service.runsOn ?? [])
    .map((id) => model.serviceById.get(id))
    .filter((e): e is ServiceEntry => e !== undefined);
  return {
    assessedOn: model.assessedOn,
    service: entry.service,
    provider: entry.provider,
    evidence: presentEvidence(entry.service.evidence ?? [], model.assessedOn, t),
    runsOn: runsOn.map(ref),
    runBy: (model.dependents.get(entry.service.id) ?? []).map(ref),
    assessment: presentAssessment(entry.assessment, t),
    assessmentCheckedOnly: presentAssessment(checkedOnlyEntry(entry, checkedOnly).assessment, t),
  };
}

export interface ProviderListJson extends Omit<ProviderPage, 'items'> {
  links: PageLinks;
  items: ProviderJson[];
}

/** GET /api/v1/providers: one page of the matching providers, each with the ids of its services. */
export function presentProviderList(
  model: ReadModel,
  page: ProviderPage,
  links: PageLinks,
): ProviderListJson {
  const items = page.items.map((provider) => ({
    ...provider,
    serviceIds: (model.servicesByProvider.get(provider.id) ?? []).map((e) => e.service.id),
  }));
  return { ...page, links, items };
}

export function presentProviderDetail(
  provider: Provider,
  model: ReadModel,
  checkedOnly: ReadModel,
): ProviderDetailJson {
  return {
    assessedOn: model.assessedOn,
    provider,
    services: (model.servicesByProvider.get(provider.id) ?? []).map((e) =>
      presentServiceItem(e, checkedOnly),
    ),
  };
}

export function presentCategories(model: ReadModel): { total: number; items: CategoryJson[] } {
  const items = model.document.categories.map((category) => ({
    ...category,
    serviceCount: model.servicesByCategory.get(category.id)?.length ?? 0,
  }));
  return { total: items.length, items };
}

export function presentCapabilities(model: ReadModel): { total: number; items: CapabilityJson[] } {
  const counts = new Map<string, number>();
  for (const entry of model.services) {
    for (const id of entry.service.capabilities ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const items = model.document.capabilities.map((capability) => ({
    ...capability,
    serviceCount: counts.get(capability.id) ?? 0,
  }));
  return { total: items.length, items };
}
