import type { Evidence } from '../catalogue.types';
import type { ChangeKind, DraftRecord, SubjectKind } from './record.types';

/** Groups of a service whose every property is a fact (catalogue.schema.json). */
export const SERVICE_FACT_GROUP_NAMES = ['data', 'exit', 'contract', 'environment'] as const;

/** Plain fields of each record kind, in the order the forms and the diff show them. */
export const RECORD_FIELDS: Record<SubjectKind, readonly string[]> = {
  provider: ['name', 'legalName', 'type', 'hqCountry', 'ultimateParent', 'website', 'description'],
  service: [
    'name',
    'summary',
    'description',
    'website',
    'categories',
    'serviceModel',
    'deployment',
    'capabilities',
    'runsOn',
    'notes',
  ],
};

/** One item of a record, addressed by its review key. */
export interface RecordItem {
  key: string;
  kind: ChangeKind;
  value: unknown;
}

/** Evidence entries keyed by scheme and their rank among the entries of that scheme. */
export function evidenceKeys(evidence: readonly Evidence[]): string[] {
  const seen = new Map<string, number>();
  return evidence.map((e) => {
    const rank = seen.get(e.scheme) ?? 0;
    seen.set(e.scheme, rank + 1);
    return `evidence.${e.scheme}.${rank}`;
  });
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
  if (kind === 'provider') {
    add('control', 'fact', object.control);
    return items;
  }
  add('openSource', 'fact', object.openSource);
  for (const group of SERVICE_FACT_GROUP_NAMES) {
    const facts = (object[group] ?? {}) as Record<string, unknown>;
    for (const [name, fact] of Object.entries(facts)) add(`${group}.${name}`, 'fact', fact);
  }
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
