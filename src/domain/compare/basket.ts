import { MAX_COMPARED } from './build-comparison';

/**
 * The comparison basket: up to four service ids a visitor picked from lists and service pages,
 * kept in a cookie so picking works without JavaScript. Pure functions over the id list.
 */
export type BasketOutcome = 'added' | 'already' | 'full' | 'removed' | 'absent' | 'cleared';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SEPARATOR = ',';

/**
 * Reads the cookie value: keeps well-formed ids that still exist (the catalogue may have changed
 * since the cookie was set), each once, at most four.
 */
export function parseBasket(cookie: unknown, exists: (id: string) => boolean): string[] {
  if (typeof cookie !== 'string' || cookie.length > 500) return [];
  const ids = cookie.split(SEPARATOR).filter((id) => ID.test(id) && id.length <= 80 && exists(id));
  return [...new Set(ids)].slice(0, MAX_COMPARED);
}

export function serializeBasket(ids: readonly string[]): string {
  return ids.join(SEPARATOR);
}

export function addToBasket(ids: readonly string[], id: string): { ids: string[]; outcome: BasketOutcome } {
  if (ids.includes(id)) return { ids: [...ids], outcome: 'already' };
  if (ids.length >= MAX_COMPARED) return { ids: [...ids], outcome: 'full' };
  return { ids: [...ids, id], outcome: 'added' };
}

export function removeFromBasket(
  ids: readonly string[],
  id: string,
): { ids: string[]; outcome: BasketOutcome } {
  return ids.includes(id)
    ? { ids: ids.filter((i) => i !== id), outcome: 'removed' }
    : { ids: [...ids], outcome: 'absent' };
}

/** What a basket form asks for. */
export type BasketChange = { action: 'add' | 'remove'; id: string } | { action: 'clear' };

export type BasketChangeResult =
  | { ok: true; ids: string[] }
  /** Adding a service the catalogue does not have. */
  | { ok: false; reason: 'unknown'; id: string }
  /** Adding a fifth service. */
  | { ok: false; reason: 'full'; id: string };

/** The basket after a change: add (a known service, while there is room), remove, or clear. */
export function changeBasket(
  current: readonly string[],
  change: BasketChange,
  exists: (id: string) => boolean,
): BasketChangeResult {
  if (change.action === 'clear') return { ok: true, ids: [] };
  if (change.action === 'remove') return { ok: true, ids: removeFromBasket(current, change.id).ids };
  if (!exists(change.id)) return { ok: false, reason: 'unknown', id: change.id };
  const result = addToBasket(current, change.id);
  if (result.outcome === 'full') return { ok: false, reason: 'full', id: change.id };
  return { ok: true, ids: result.ids };
}
