import type { Component, Slot } from './composition';

export interface CoverageRow {
  slot: Slot;
  /** The component the buyer chose for this slot. */
  chosen?: string;
  /** Other components that provide it too (a suite chosen for something else). */
  alsoBy: string[];
  gap: boolean;
}

export interface Coverage {
  /** Every workplace function of the catalogue, when the buyer chose functions (or nothing yet). */
  functions: CoverageRow[];
  /** The categories the buyer chose, in catalogue order. */
  categories: CoverageRow[];
}

/**
 * Coverage (issue 17): for every workplace function (capability) the component chosen for it and
 * the others that provide it too; a function nothing covers is a gap. Categories are listed only
 * as chosen: a solution of infrastructure need not have every category.
 */
export function assessCoverage(
  components: readonly Component[],
  capabilityOrder: readonly string[],
  categoryOrder: readonly string[],
): Coverage {
  const chosenFor = (slot: Slot) =>
    components.find((c) => c.slots.some((s) => s.kind === slot.kind && s.id === slot.id))?.entry.service.id;
  const anyFunction = components.some((c) => c.slots.some((s) => s.kind === 'function'));
  const anyCategory = components.some((c) => c.slots.some((s) => s.kind === 'category'));
  const functions =
    anyFunction || !anyCategory
      ? capabilityOrder.map((id): CoverageRow => {
          const slot: Slot = { kind: 'function', id };
          const chosen = chosenFor(slot);
          const alsoBy = components
            .filter((c) => c.entry.service.id !== chosen && (c.entry.service.capabilities ?? []).includes(id))
            .map((c) => c.entry.service.id);
          return { slot, chosen, alsoBy, gap: chosen === undefined && alsoBy.length === 0 };
        })
      : [];
  const categories = categoryOrder
    .map((id): Slot => ({ kind: 'category', id }))
    .filter((slot) => chosenFor(slot) !== undefined)
    .map((slot) => ({ slot, chosen: chosenFor(slot), alsoBy: [], gap: false }));
  return { functions, categories };
}
