import type { ReadModel, ServiceEntry } from '../../domain/catalogue/read-model';
import { slotRank, type Composition, type Slot, type SlotOrder } from './composition';

/** Query parameters of a composition: `fn.<function>`, `cat.<category>`, `on.<software service>`. */
export const SLOT_PREFIX: Record<Slot['kind'], string> = { function: 'fn.', category: 'cat.' };
export const HOST_PREFIX = 'on.';
/** Value of `on.<service>` for the buyer's own data centre. */
export const OWN_HOST = 'own';

/**
 * The query pairs of a composition in canonical order (slots in catalogue order, then hosts in
 * component order): equal compositions give equal URLs, however the parameters were ordered.
 */
export function compositionPairs(composition: Composition, order: SlotOrder): [string, string][] {
  const rank = slotRank(order);
  const picks = [...composition.picks].sort((a, b) => rank(a.slot) - rank(b.slot));
  const pairs: [string, string][] = picks.map((p) => [
    `${SLOT_PREFIX[p.slot.kind]}${p.slot.id}`,
    p.serviceId,
  ]);
  const seen = new Set<string>();
  for (const { serviceId } of picks) {
    const host = composition.hosts.get(serviceId);
    if (!host || seen.has(serviceId)) continue;
    seen.add(serviceId);
    pairs.push([`${HOST_PREFIX}${serviceId}`, host.kind === 'own' ? OWN_HOST : host.serviceId]);
  }
  return pairs;
}

/**
 * Whether a service can host self-hosted software: an IaaS service, or a service of an
 * infrastructure category that is not itself software (software runs somewhere, it hosts nothing).
 */
export function canHost(entry: ServiceEntry, model: Pick<ReadModel, 'categories'>): boolean {
  if (entry.service.serviceModel === 'software') return false;
  return (
    entry.service.serviceModel === 'iaas' ||
    entry.service.categories.some((id) => model.categories.get(id)?.lot === 'infrastructure')
  );
}
