import { forecastExpiries, type UpcomingChange } from '../../domain/history/forecast';
import type { ReadModel } from '../../domain/catalogue/read-model';

export type { UpcomingChange } from '../../domain/history/forecast';

const cache = new WeakMap<ReadModel, Map<number, UpcomingChange[]>>();

/**
 * The evidence that expires in the next `days` days and the level changes that follow (see
 * forecastExpiries), computed once per read model and window: a rebuilt model (a new catalogue or
 * a new day) gets a new forecast.
 */
export function upcomingChanges(model: ReadModel, days: number): UpcomingChange[] {
  let byDays = cache.get(model);
  if (!byDays) {
    byDays = new Map();
    cache.set(model, byDays);
  }
  let changes = byDays.get(days);
  if (!changes) {
    changes = forecastExpiries(model.document, model.assessedOn, days);
    byDays.set(days, changes);
  }
  return changes;
}
