import type { Fact } from '../catalogue.types';
import { isSourced } from '../catalogue.types';
import type { Cell, CellOrigin, CellValue } from './compare.types';

/** A cell for a catalogue fact: sourced → value, present without source → unverified, absent → unknown. */
export function factCell<T>(
  serviceId: string,
  fact: Fact<T> | undefined,
  toValue: (value: T) => CellValue | undefined,
): Cell {
  const value = fact === undefined ? undefined : toValue(fact.value);
  if (fact === undefined || value === undefined) return unknownCell(serviceId);
  return {
    serviceId,
    state: isSourced(fact) ? 'value' : 'unverified',
    origin: 'fact',
    value,
    sources: fact.sources ?? [],
    ...(fact.note ? { note: fact.note } : {}),
    best: false,
  };
}

/** A cell for something the catalogue records or computes itself (not a sourced fact). */
export function ownCell(
  serviceId: string,
  origin: Exclude<CellOrigin, 'fact'>,
  value: CellValue | undefined,
): Cell {
  if (value === undefined) return unknownCell(serviceId);
  return { serviceId, state: 'value', origin, value, sources: [], best: false };
}

export function unknownCell(serviceId: string): Cell {
  return { serviceId, state: 'unknown', origin: 'fact', sources: [], best: false };
}

/** Empty lists say nothing: they are treated as unknown rather than shown as an empty cell. */
export function nonEmpty(items: string[]): string[] | undefined {
  return items.length > 0 ? items : undefined;
}
