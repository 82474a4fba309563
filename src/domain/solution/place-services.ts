import type { ReadModel } from '../../domain/catalogue/read-model';
import type { Composition } from './composition';

/**
 * A first composition from a list of services (the comparison basket): each service, in list
 * order, takes every workplace function it provides that no earlier service took; a service with
 * none left takes its first category not yet taken. A service with no free place is left out and
 * named, so the buyer can choose in the composer.
 */
export function placeServices(
  ids: readonly string[],
  model: Pick<ReadModel, 'serviceById' | 'document'>,
): { composition: Composition; left: string[] } {
  const picks: Composition['picks'] = [];
  const taken = new Set<string>();
  const left: string[] = [];
  const capabilityOrder = model.document.capabilities.map((c) => c.id);
  for (const id of ids) {
    const service = model.serviceById.get(id)?.service;
    if (!service) continue;
    const own = new Set(service.capabilities ?? []);
    const functions = capabilityOrder.filter((c) => own.has(c) && !taken.has(`fn.${c}`));
    if (functions.length > 0) {
      for (const c of functions) {
        taken.add(`fn.${c}`);
        picks.push({ slot: { kind: 'function', id: c }, serviceId: id });
      }
      continue;
    }
    const category = service.categories.find((c) => !taken.has(`cat.${c}`));
    if (category === undefined) {
      left.push(id);
      continue;
    }
    taken.add(`cat.${category}`);
    picks.push({ slot: { kind: 'category', id: category }, serviceId: id });
  }
  return { composition: { picks, hosts: new Map() }, left };
}
