import type { Level, MessageRef } from '../sovereignty/sovereignty.types';
import type { ServiceEntry } from '../../domain/catalogue/read-model';
import type { Component } from './composition';
import { infrastructureOf } from './infrastructure';
import { firstFailedReason } from './rung-reason';

/** Infrastructure that two or more components depend on. */
export type SinglePointOfFailure =
  | { kind: 'service'; serviceId: string; serviceIds: string[] }
  | { kind: 'provider'; providerId: string; serviceIds: string[] }
  | { kind: 'own'; serviceIds: string[] };

export interface ExitReadiness {
  serviceId: string;
  /** The openness level (T) of the component. */
  level: Level;
  /** Why it is not one higher (the first failed rung); absent at level 4. */
  missing?: MessageRef;
  /** What evidence would raise it by one rung. */
  raise: MessageRef[];
}

export interface Continuity {
  singlePoints: SinglePointOfFailure[];
  exit: ExitReadiness[];
}

/**
 * Continuity (issue 17). A single point of failure is an infrastructure service, an infrastructure
 * provider or the buyer's own data centre that two or more components run on (through `runsOn` or
 * the host the buyer chose). A provider is reported only when it adds something: when its
 * dependants are not exactly those of one of its services already reported.
 */
export function assessContinuity(
  components: readonly Component[],
  serviceById: ReadonlyMap<string, ServiceEntry>,
): Continuity {
  const byService = new Map<string, string[]>();
  const byProvider = new Map<string, string[]>();
  const own: string[] = [];
  for (const component of components) {
    const id = component.entry.service.id;
    const infrastructure = infrastructureOf(component, serviceById);
    if (infrastructure.own) own.push(id);
    const providers = new Set<string>();
    for (const baseId of infrastructure.services) {
      byService.set(baseId, [...(byService.get(baseId) ?? []), id]);
      const providerId = serviceById.get(baseId)?.provider.id;
      if (providerId) providers.add(providerId);
    }
    for (const providerId of providers)
      byProvider.set(providerId, [...(byProvider.get(providerId) ?? []), id]);
  }
  const singlePoints: SinglePointOfFailure[] = [];
  const serviceSets: { providerId?: string; key: string }[] = [];
  for (const [serviceId, serviceIds] of byService) {
    if (serviceIds.length < 2) continue;
    singlePoints.push({ kind: 'service', serviceId, serviceIds });
    serviceSets.push({ providerId: serviceById.get(serviceId)?.provider.id, key: serviceIds.join(',') });
  }
  for (const [providerId, serviceIds] of byProvider) {
    if (serviceIds.length < 2) continue;
    const key = serviceIds.join(',');
    if (serviceSets.some((s) => s.providerId === providerId && s.key === key)) continue;
    singlePoints.push({ kind: 'provider', providerId, serviceIds });
  }
  if (own.length >= 2) singlePoints.push({ kind: 'own', serviceIds: own });
  return { singlePoints, exit: components.map(exitReadiness) };
}

function exitReadiness({ entry }: Component): ExitReadiness {
  const openness = entry.assessment.dimensions.openness;
  const missing = firstFailedReason(openness);
  return { serviceId: entry.service.id, level: openness.level, missing, raise: openness.raise };
}
