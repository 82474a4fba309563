import type { ReadModel } from '../catalogue/read-model';
import { FACETS, type FacetName } from './facets';
import { filterIndexOf } from './filter-index';
import type { FilterQuery } from './filter-query.types';
import type { FacetOption, FilterResult } from './filter-services';

/**
 * Most options a facet shows in the filter panel, whatever the catalogue's size. The rule holds for
 * every facet in FACETS (a new facet cannot opt out): a facet with more options shows the
 * FACET_OPTION_LIMIT with the most matches, every selected option, and a link to all its options.
 */
export const FACET_OPTION_LIMIT = 10;

export interface PanelOptions {
  /** What the panel shows: every option of a small facet in catalogue order; otherwise the top options by count and every selected one, by count. */
  shown: FacetOption[];
  /** How many options the full list of the facet holds (see listedOptions); more than shown = a link to them. */
  listed: number;
  /** True when the panel leaves options out. */
  truncated: boolean;
}

function facetNumber(name: FacetName): number {
  const f = FACETS.findIndex((facet) => facet.name === name);
  if (f < 0) throw new Error(`unknown facet ${name}`);
  return f;
}

/**
 * The options of a facet worth listing in full: those with a match under the other filters, and
 * every selected option (so it can be removed). As option numbers in catalogue order.
 */
export function listedOptions(
  result: FilterResult,
  name: FacetName,
  query: FilterQuery,
  model: ReadModel,
): number[] {
  const f = facetNumber(name);
  const counts = result.counts[f];
  const selected = selectedNumbers(model, f, query);
  const listed: number[] = [];
  for (let n = 0; n < counts.length; n++) if (counts[n] > 0 || selected.has(n)) listed.push(n);
  return listed;
}

/** The options the filter panel shows for one facet (see FACET_OPTION_LIMIT). */
export function panelOptions(
  result: FilterResult,
  name: FacetName,
  query: FilterQuery,
  model: ReadModel,
  limit = FACET_OPTION_LIMIT,
): PanelOptions {
  const f = facetNumber(name);
  const values = filterIndexOf(model).options[f];
  const counts = result.counts[f];
  const selected = selectedNumbers(model, f, query);
  const option = (n: number): FacetOption => ({
    value: values[n],
    count: counts[n],
    selected: selected.has(n),
  });
  if (values.length <= limit)
    return { shown: values.map((_v, n) => option(n)), listed: values.length, truncated: false };

  // The `limit` options with the most matches (ties: catalogue order), in one pass with a small buffer.
  const top: number[] = [];
  for (let n = 0; n < counts.length; n++) {
    if (counts[n] === 0) continue;
    if (top.length === limit && counts[top[limit - 1]] >= counts[n]) continue;
    let i = top.length;
    while (i > 0 && counts[top[i - 1]] < counts[n]) i--;
    top.splice(i, 0, n);
    if (top.length > limit) top.pop();
  }
  const shown = [...new Set([...top, ...selected])].sort((a, b) => counts[b] - counts[a] || a - b);
  const listed = listedOptions(result, name, query, model).length;
  return { shown: shown.map(option), listed, truncated: listed > shown.length };
}

function selectedNumbers(model: ReadModel, f: number, query: FilterQuery): Set<number> {
  const numbers = new Set<number>();
  const optionNumber = filterIndexOf(model).optionNumber[f];
  for (const value of FACETS[f].selected(query)) {
    const n = optionNumber.get(value);
    if (n !== undefined) numbers.add(n);
  }
  return numbers;
}
