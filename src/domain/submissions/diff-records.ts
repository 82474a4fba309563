import { sameJson } from './canonical-json';
import { recordItems } from './record-items';
import type { DraftRecord, RecordChange, SubjectKind } from './record.types';

/**
 * Every item that differs between two versions of a record (either may be absent: a new service,
 * a record removed by an import), in the order of the after record, then removed items.
 */
export function diffRecords(
  kind: SubjectKind,
  before: DraftRecord | undefined,
  after: DraftRecord | undefined,
): RecordChange[] {
  const old = recordItems(kind, before);
  const next = recordItems(kind, after);
  const changes: RecordChange[] = [];
  for (const [key, item] of next) {
    const prior = old.get(key);
    if (!prior || !sameJson(prior.value, item.value)) {
      changes.push({ key, kind: item.kind, before: prior?.value, after: item.value });
    }
  }
  for (const [key, item] of old) {
    if (!next.has(key)) changes.push({ key, kind: item.kind, before: item.value });
  }
  return changes;
}

/** The changes a curator reviews one by one: facts and evidence entries (they carry sources). */
export function reviewableChanges(changes: readonly RecordChange[]): RecordChange[] {
  return changes.filter((c) => c.kind !== 'field');
}
