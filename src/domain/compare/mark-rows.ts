import type { Cell } from './compare.types';
import type { Ranker } from './rankers';

/**
 * A row differs when its cells do not all show the same thing: the state counts as well as the
 * value (a sourced 99.9 % and an unverified 99.9 % differ for a buyer), the sources alone do not.
 */
export function cellsDiffer(cells: readonly Cell[]): boolean {
  const keys = new Set(cells.map((c) => `${c.state}|${JSON.stringify(c.value ?? null)}`));
  return keys.size > 1;
}

/**
 * Marks the best cell(s) of a ranked row, in place. Rules (documented on the method of the page):
 * - only cells with state `value` take part: an unverified value never wins, in line with
 *   "evidence raises, absence never does"; unknown cells have nothing to compare;
 * - at least two cells must take part, otherwise "best" would only mean "the only one known";
 * - every cell sharing the top rank is marked (ties are all best);
 * - when all taking part rank equally nothing is marked: there is nothing to prefer.
 * Returns whether any cell was marked.
 */
export function markBest(cells: Cell[], rank: Ranker): boolean {
  const ranked = cells
    .filter((c) => c.state === 'value')
    .map((cell) => ({ cell, rank: rank(cell) }))
    .filter((r): r is { cell: Cell; rank: number } => r.rank !== undefined);
  if (ranked.length < 2) return false;
  const top = Math.max(...ranked.map((r) => r.rank));
  if (ranked.every((r) => r.rank === top)) return false;
  for (const r of ranked) r.cell.best = r.rank === top;
  return true;
}
