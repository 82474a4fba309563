import type { Evidence, Provider, Service } from '../catalogue.types';
import {
  PROVIDER_FIELDS,
  SERVICE_FIELDS,
  evidenceKeys,
  providerFacts,
  serviceFacts,
} from '../catalogue-fields';
import type { ChangeKind, DraftRecord, SubjectKind } from './record.types';

/** Plain fields of each record kind, in the order the forms and the diff show them. */
export const RECORD_FIELDS: Record<SubjectKind, readonly string[]> = {
  provider: PROVIDER_FIELDS,
  service: SERVICE_FIELDS,
};

/** One item of a record, addressed by its review key. */
export interface RecordItem {
  key: string;
  kind: ChangeKind;
  value: unknown;
}

/**
 * Every present item of a record: its plain fields, its facts (by path) and its evidence entries.
 * The diff, the merge and the curator's decisions all work on these items.
 */
export function recordItems(kind: SubjectKind, record: DraftRecord | undefined): Map<string, RecordItem> {
  const items = new Map<string, RecordItem>();
  if (!record) return items;
  const object = record as unknown as Record<string, unknown>;
  const add = (key: string, itemKind: ChangeKind, value: unknown): void => {
    if (value !== undefined) items.set(key, { key, kind: itemKind, value });
  };
  for (const field of RECORD_FIELDS[kind]) add(field, 'field', object[field]);
  const facts = kind === 'provider' ? providerFacts(record as Provider) : serviceFacts(record as Service);
  for (const [path, fact] of facts) add(path, 'fact', fact);
  if (kind === 'provider') return items;
  const evidence = (object.evidence ?? []) as Evidence[];
  evidenceKeys(evidence).forEach((key, i) => add(key, 'evidence', evidence[i]));
  return items;
}

/**
 * Builds a record from items (the inverse of recordItems), keeping `id` and `providerId` from
 * `identity`. Evidence entries keep the order of their keys' first appearance in `order`.
 */
export function recordFromItems(
  kind: SubjectKind,
  identity: { id: string; providerId?: string },
  items: Iterable<RecordItem>,
): DraftRecord {
  const out: Record<string, unknown> = { id: identity.id };
  if (kind === 'service') out.providerId = identity.providerId;
  const evidence: unknown[] = [];
  for (const item of items) {
    if (item.kind === 'evidence') evidence.push(item.value);
    else if (item.kind === 'field' || !item.key.includes('.')) out[item.key] = item.value;
    else {
      const [group, name] = item.key.split('.') as [string, string];
      const groupObject = (out[group] ??= {}) as Record<string, unknown>;
      groupObject[name] = item.value;
    }
  }
  if (evidence.length > 0) out.evidence = evidence;
  return out as unknown as DraftRecord;
}
