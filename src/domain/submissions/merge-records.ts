import { sameJson } from './canonical-json';
import { recordFromItems, recordItems, type RecordItem } from './record-items';
import type { DraftRecord, SubjectKind } from './record.types';

/**
 * Brings a draft up to date with a record published after the draft was begun (a three-way merge
 * per item): an item the supplier did not change takes the published value (or disappears with it);
 * an item the supplier changed keeps the supplier's value. Returns the merged record and the keys
 * where both sides changed the same item differently (the supplier's value was kept).
 */
export function mergeDraft(
  kind: SubjectKind,
  base: DraftRecord | undefined,
  draft: DraftRecord,
  published: DraftRecord | undefined,
): { record: DraftRecord; conflicts: string[] } {
  const baseItems = recordItems(kind, base);
  const draftItems = recordItems(kind, draft);
  const publishedItems = recordItems(kind, published);
  const keys = new Set([...draftItems.keys(), ...publishedItems.keys(), ...baseItems.keys()]);
  const merged: RecordItem[] = [];
  const conflicts: string[] = [];
  for (const key of keys) {
    const b = baseItems.get(key)?.value;
    const d = draftItems.get(key);
    const p = publishedItems.get(key);
    const supplierChanged = !sameJson(b, d?.value);
    const publishedChanged = !sameJson(b, p?.value);
    const chosen = supplierChanged ? d : p;
    if (supplierChanged && publishedChanged && !sameJson(d?.value, p?.value)) conflicts.push(key);
    if (chosen) merged.push(chosen);
  }
  const identity = draft as { id: string; providerId?: string };
  return { record: recordFromItems(kind, identity, orderLike(merged, draftItems)), conflicts };
}

/** Items in the draft's order first (as the supplier arranged them), then the published newcomers. */
function orderLike(items: RecordItem[], draftItems: Map<string, RecordItem>): RecordItem[] {
  const order = [...draftItems.keys()];
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i === -1 ? order.length : i;
  };
  return [...items].sort((a, b) => rank(a.key) - rank(b.key));
}
