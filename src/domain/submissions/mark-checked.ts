import type { Evidence, Source } from '../catalogue.types';
import { evidenceByKey } from '../catalogue-fields';
import type { DraftRecord } from './record.types';

type Sourced = { sources?: Source[] };

const stamp = (item: Sourced | undefined, date: string): void => {
  for (const source of item?.sources ?? []) source.checkedOn = date;
};

/**
 * A copy of the record in which every source of the given facts and evidence entries (by review
 * key) carries `checkedOn` = `date`: what approval publishes for the items a curator checked.
 */
export function markChecked(record: DraftRecord, keys: ReadonlySet<string>, date: string): DraftRecord {
  const out = structuredClone(record) as unknown as Record<string, unknown>;
  const evidence = (out.evidence ?? []) as Evidence[];
  const byKey = evidenceByKey(evidence);
  for (const key of keys) {
    if (key.startsWith('evidence.')) {
      stamp(byKey.get(key), date);
      continue;
    }
    const [first, second] = key.split('.') as [string, string | undefined];
    const holder = out[first] as Record<string, unknown> | undefined;
    stamp((second === undefined ? holder : holder?.[second]) as Sourced | undefined, date);
  }
  return out as unknown as DraftRecord;
}
