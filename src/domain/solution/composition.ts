import type { ServiceEntry } from '../../domain/catalogue/read-model';

/** The most components a composition may hold (slots and the infrastructure chosen for software). */
export const MAX_COMPONENTS = 20;

/** A place in a solution: one workplace function (a catalogue capability) or one category. */
export interface Slot {
  kind: 'function' | 'category';
  id: string;
}

/** Where self-hosted software runs: a catalogue service, or the buyer's own data centre. */
export type Host = { kind: 'service'; serviceId: string } | { kind: 'own' };

/** What the buyer chose (from the URL): one service per slot, and a host per software service. */
export interface Composition {
  picks: { slot: Slot; serviceId: string }[];
  /** Service id of a software component → where it runs. */
  hosts: Map<string, Host>;
}

/** One service of the solution, once, however many slots it fills. */
export interface Component {
  entry: ServiceEntry;
  /** Slots the buyer chose it for, in canonical order; empty when it is only infrastructure. */
  slots: Slot[];
  /** Self-hosted software (service model `software`): runs where the buyer puts it. */
  software: boolean;
  /** For software: where it runs; undefined while the buyer has not chosen. */
  host?: Host;
  /** Components that run on this one because the buyer chose it as their host. */
  hosts: string[];
}

/** The catalogue's order of functions and categories, which makes a composition's order canonical. */
export interface SlotOrder {
  capabilityOrder: readonly string[];
  categoryOrder: readonly string[];
}

/** Sort key of a slot: functions in catalogue order, then categories in catalogue order. */
export function slotRank(order: SlotOrder): (slot: Slot) => number {
  return (slot) =>
    slot.kind === 'function'
      ? order.capabilityOrder.indexOf(slot.id)
      : order.capabilityOrder.length + order.categoryOrder.indexOf(slot.id);
}

/**
 * The components of a composition in a canonical order that does not depend on the order of the
 * URL's parameters: by their first slot (functions in catalogue order, then categories in
 * catalogue order), then services present only as a host, in the order of what they host.
 */
export function componentsOf(
  composition: Composition,
  lookup: SlotOrder & { serviceById: ReadonlyMap<string, ServiceEntry> },
): Component[] {
  const rank = slotRank(lookup);
  const picks = [...composition.picks].sort((a, b) => rank(a.slot) - rank(b.slot));
  const byId = new Map<string, Component>();
  const make = (serviceId: string): Component => {
    const entry = lookup.serviceById.get(serviceId);
    if (!entry) throw new Error(`composition names a service outside the catalogue: ${serviceId}`);
    const software = entry.service.serviceModel === 'software';
    const component: Component = { entry, slots: [], software, hosts: [] };
    if (software) component.host = composition.hosts.get(serviceId);
    byId.set(serviceId, component);
    return component;
  };
  for (const { slot, serviceId } of picks) (byId.get(serviceId) ?? make(serviceId)).slots.push(slot);
  for (const component of [...byId.values()]) {
    const host = component.host;
    if (host?.kind !== 'service') continue;
    const base = byId.get(host.serviceId) ?? make(host.serviceId);
    base.hosts.push(component.entry.service.id);
  }
  return [...byId.values()];
}
