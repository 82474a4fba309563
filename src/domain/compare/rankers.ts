import type { Control, KeyCustody, SwitchingCharges } from '../catalogue.types';
import type { Cell, ComparedService, GroupId } from './compare.types';

/**
 * Rank of a cell in a row with an obvious better direction: higher is better, undefined = not
 * rankable. Which cells take part at all is decided in mark-rows.ts.
 */
export type Ranker = (cell: Cell) => number | undefined;

export interface RowDefinition {
  id: string;
  group: Exclude<GroupId, 'assurance'>;
  cell: (entry: ComparedService) => Cell;
  rank?: Ranker;
}

/** Higher control classes pass more jurisdiction rungs (docs/sovereignty.md, J1–J3). */
export const CONTROL_RANK: Record<Control, number> = {
  'non-eu': 0,
  'eu-subsidiary-of-non-eu-parent': 1,
  'european-non-eea': 2,
  'eu-operator-non-eu-technology': 2,
  'eea-controlled': 3,
};

/** Keys held by the customer give more control; customer KMS and end-to-end both pass D4. */
export const KEY_CUSTODY_RANK: Record<KeyCustody, number> = {
  provider: 0,
  byok: 1,
  'customer-kms': 2,
  'end-to-end': 2,
};

/** Data Act Art. 29: no switching charges beats charges at cost beats standard charges. */
export const SWITCHING_RANK: Record<SwitchingCharges, number> = { none: 2, 'at-cost': 1, standard: 0 };

function numeric(cell: Cell): number | undefined {
  const v = cell.value;
  if (!v) return undefined;
  if (v.type === 'number') return v.value;
  if (v.type === 'level') return v.level;
  if (v.type === 'boolean') return v.value ? 1 : 0;
  return undefined;
}

/** More is better (SLA, retrieval period, levels, renewable energy; true beats false). */
export const higher: Ranker = numeric;

/** Less is better (notice period, minimum term, PUE). */
export const lower: Ranker = (cell) => {
  const n = numeric(cell);
  return n === undefined ? undefined : -n;
};

export function byCode(ranks: Record<string, number>): Ranker {
  return (cell) => (cell.value?.type === 'code' ? ranks[cell.value.code] : undefined);
}
