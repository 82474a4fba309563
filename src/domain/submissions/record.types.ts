import type { Evidence, Fact, Provider, Service } from '../catalogue.types';

/** What a draft changes: a provider's own record, or one service (existing or new). */
export type SubjectKind = 'provider' | 'service';
export const SUBJECT_KINDS: readonly SubjectKind[] = ['provider', 'service'];

/** The record a draft holds: exactly the catalogue document's provider or service object. */
export type DraftRecord = Provider | Service;

/** How a changed item is reviewed: a fact and an evidence entry carry sources; a field does not. */
export type ChangeKind = 'field' | 'fact' | 'evidence';

/**
 * One changed item of a record. `key` is stable for the item (a fact's path such as
 * `contract.slaAvailabilityPct`, `evidence.ISO27001.0` for the first ISO 27001 entry, a field's
 * name); `before`/`after` are undefined where the item is added or removed.
 */
export interface RecordChange {
  key: string;
  kind: ChangeKind;
  before?: unknown;
  after?: unknown;
}

export type SourcedItem = Fact<unknown> | Evidence;
