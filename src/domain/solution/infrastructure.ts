import type { ServiceEntry } from '../../domain/catalogue/read-model';
import type { Component } from './composition';

/** What a component runs on: catalogue services (its `runsOn`, transitively) and the host chosen for it. */
export interface Infrastructure {
  /** Service ids, nearest first, each once. */
  services: string[];
  /** Runs in the buyer's own data centre. */
  own: boolean;
}

/** Every service `serviceId` runs on through `runsOn`, breadth first (the loader refuses cycles). */
export function runsOnClosure(serviceId: string, serviceById: ReadonlyMap<string, ServiceEntry>): string[] {
  const seen: string[] = [];
  const queue = [...(serviceById.get(serviceId)?.service.runsOn ?? [])];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (seen.includes(id) || id === serviceId) continue;
    seen.push(id);
    queue.push(...(serviceById.get(id)?.service.runsOn ?? []));
  }
  return seen;
}

export function infrastructureOf(
  component: Component,
  serviceById: ReadonlyMap<string, ServiceEntry>,
): Infrastructure {
  const services = runsOnClosure(component.entry.service.id, serviceById);
  const host = component.host;
  if (host?.kind === 'service') {
    for (const id of [host.serviceId, ...runsOnClosure(host.serviceId, serviceById)]) {
      if (!services.includes(id)) services.push(id);
    }
  }
  return { services, own: host?.kind === 'own' };
}
