import { z } from 'zod';
import type { ReadModel } from '../domain/catalogue/read-model';
import type { FilterQuery } from '../domain/filters';
import { selectionConditions, type TokenCondition } from '../domain/history/selection-tokens';
import { parseFilterQuery } from './filter-query';
import type { Problem, Validated } from './problem';
import { isIsoDate } from '../domain/iso-date';

/** Parameters of /services that mean nothing for a list of changes (ordered by time, not searched). */
const NOT_FOR_CHANGES = ['q', 'sort'] as const;

export interface ChangesQuery {
  filter: FilterQuery;
  conditions: TokenCondition[];
  since?: Date;
}

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/);

/**
 * Reads a /changes, feed or API query: the filters of /services (same parser, same problems),
 * paging, and with `since` (the API) an ISO date or date-time. Search and sort are refused by name.
 */
export function parseChangesQuery(
  query: Record<string, unknown>,
  model: ReadModel,
  options: { since?: boolean } = {},
): Validated<ChangesQuery> {
  const problems: Problem[] = NOT_FOR_CHANGES.filter((p) => query[p] !== undefined).map((parameter) => ({
    parameter,
    code: 'history.errors.notForChanges',
  }));
  const rest = Object.fromEntries(
    Object.entries(query).filter(([k]) => !(NOT_FOR_CHANGES as readonly string[]).includes(k)),
  );
  const parsed = parseFilterQuery(rest, model, { extraParameters: options.since ? ['since'] : [] });
  if (!parsed.ok) problems.push(...parsed.problems);
  let since: Date | undefined;
  if (options.since && query.since !== undefined) {
    const raw = query.since;
    // The pattern alone lets 2026-02-30 through, which Date would read as 2 March.
    const valid = typeof raw === 'string' && IsoDate.safeParse(raw).success && isIsoDate(raw.slice(0, 10));
    const date = valid ? new Date(raw.length === 10 ? `${raw}T00:00:00Z` : raw) : undefined;
    if (!date || Number.isNaN(date.getTime()))
      problems.push({ parameter: 'since', code: 'history.errors.since' });
    else since = date;
  }
  if (problems.length || !parsed.ok) return { ok: false, problems };
  return { ok: true, value: { filter: parsed.value, conditions: selectionConditions(parsed.value), since } };
}

const Days = z
  .string()
  .regex(/^[0-9]{1,3}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(366));

/** /changes/upcoming?days=N: 1 to 366, else the configured default. */
export function parseUpcomingQuery(query: Record<string, unknown>, defaultDays: number): Validated<number> {
  const problems: Problem[] = Object.keys(query)
    .filter((k) => k !== 'days' && k !== 'lang')
    .map((parameter) => ({ parameter, code: 'filters.errors.unknownParameter', allowed: ['days'] }));
  const parsed = query.days === undefined ? undefined : Days.safeParse(query.days);
  if (parsed && !parsed.success) problems.push({ parameter: 'days', code: 'history.errors.days' });
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: parsed?.success ? parsed.data : defaultDays };
}
