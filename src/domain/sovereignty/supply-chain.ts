import type { Service } from '../catalogue.types';
import type { Level, SupplyChainCap } from './sovereignty.types';

/** A runsOn reference to a service outside the catalogue, or a runsOn cycle: an import error. */
export class SupplyChainError extends Error {
  constructor(
    message: string,
    readonly serviceId: string,
  ) {
    super(message);
    this.name = 'SupplyChainError';
  }
}

/** Every service reached through runsOn, nearest first, with the chain that reaches it. */
export interface ReachedService {
  serviceId: string;
  /** [via…, serviceId] */
  path: string[];
}

/**
 * Checks the runsOn graph (unknown ids, cycles) and returns, per service, the services it reaches
 * transitively in breadth-first order (the order of runsOn lists at each step).
 */
export function reachableServices(services: readonly Service[]): Map<string, ReachedService[]> {
  const byId = new Map(services.map((s) => [s.id, s]));
  for (const service of services) {
    for (const target of service.runsOn ?? []) {
      if (!byId.has(target)) {
        throw new SupplyChainError(
          `${service.id} runs on ${target}, which is not in the catalogue`,
          service.id,
        );
      }
    }
  }
  const result = new Map<string, ReachedService[]>();
  for (const service of services) {
    const reached: ReachedService[] = [];
    const queue: ReachedService[] = (service.runsOn ?? []).map((id) => ({ serviceId: id, path: [id] }));
    const seen = new Set<string>();
    while (queue.length > 0) {
      const next = queue.shift() as ReachedService;
      if (next.serviceId === service.id) {
        throw new SupplyChainError(`runsOn cycle: ${[service.id, ...next.path].join(' → ')}`, service.id);
      }
      if (seen.has(next.serviceId)) continue;
      seen.add(next.serviceId);
      reached.push(next);
      for (const id of byId.get(next.serviceId)?.runsOn ?? [])
        queue.push({ serviceId: id, path: [...next.path, id] });
    }
    result.set(service.id, reached);
  }
  return result;
}

/**
 * The cap from the supply chain (SOV-5): the weakest reached service's own level, i.e. its final
 * level, since everything it reaches is reached too. Ties go to the nearest service. Undefined
 * when nothing is reached.
 */
export function weakestReached(
  reached: readonly ReachedService[],
  ownLevel: (serviceId: string) => Level,
): SupplyChainCap | undefined {
  let weakest: SupplyChainCap | undefined;
  for (const { serviceId, path } of reached) {
    const level = ownLevel(serviceId);
    if (!weakest || level < weakest.level) weakest = { serviceId, level, path };
  }
  return weakest;
}
