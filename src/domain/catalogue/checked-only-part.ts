import type { Service } from '../catalogue.types';
import { buildCheckedOnlyReadModel, type ReadModel } from './read-model';

/**
 * The checked-only view (SOVEREIGNTY.md) of a few services of a model: a read model of those
 * services, every service they reach through runsOn and the providers of all of them. A service's
 * assessment depends only on its own facts, its provider's and those of the services it reaches (the
 * supply-chain cap), so each requested service is assessed exactly as in the checked-only view of the
 * whole catalogue — without assessing the other 40,000 when a page shows one or twenty services.
 * Unknown ids are left out.
 */
export function checkedOnlyReadModelOf(model: ReadModel, ids: Iterable<string>): ReadModel {
  const reached = new Map<string, Service>();
  const queue = [...ids];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (reached.has(id)) continue;
    const entry = model.serviceById.get(id);
    if (!entry) continue;
    reached.set(id, entry.service);
    queue.push(...(entry.service.runsOn ?? []));
  }
  const services = [...reached.values()];
  const providerIds = new Set(services.map((s) => s.providerId));
  const document = {
    ...model.document,
    providers: model.document.providers.filter((p) => providerIds.has(p.id)),
    services,
  };
  return buildCheckedOnlyReadModel(document, model.assessedOn, `${model.version}-part`);
}
