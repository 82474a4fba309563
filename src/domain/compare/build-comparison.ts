import type { Comparison, ComparedService } from './compare.types';
import { compareEntries } from './compare-entries';
import type { ReadModel, ServiceEntry } from '../catalogue/read-model';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/** Thrown when a requested id is not in the catalogue; the controller turns it into a 404 naming the id. */
export class UnknownServiceIdError extends Error {
  constructor(readonly serviceId: string) {
    super(`Unknown service id: ${serviceId}`);
    this.name = 'UnknownServiceIdError';
  }
}

/** The ids in first-seen order, without repeats (the same service twice compares nothing). */
export function uniqueIds(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/**
 * Resolves the ids against the read model and builds the comparison in the requested order, with
 * each service's checked-only level when the checked-only model is given.
 * The number of ids (2–4) is checked by the caller, which knows how to explain it to the user.
 */
export function buildComparison(
  model: ReadModel,
  ids: readonly string[],
  checkedOnly?: ReadModel,
): Comparison {
  const entries: ComparedService[] = uniqueIds(ids).map((id) => {
    const entry: ServiceEntry | undefined = model.serviceById.get(id);
    if (!entry) throw new UnknownServiceIdError(id);
    const checked = checkedOnly?.serviceById.get(id)?.assessment;
    return checked ? { ...entry, checkedOnly: checked } : entry;
  });
  return compareEntries(entries, model.assessedOn);
}
