import type { CatalogueDocument, Provider, Service } from '../catalogue.types';
import type { DraftRecord, SubjectKind } from './record.types';

/** The published version of a record, or undefined when the document has none (a new service). */
export function publishedRecord(
  document: CatalogueDocument,
  kind: SubjectKind,
  id: string,
): DraftRecord | undefined {
  const list: readonly DraftRecord[] = kind === 'provider' ? document.providers : document.services;
  return list.find((r) => r.id === id);
}

/**
 * The document with one record put in: a provider or service replaced where it stands, a new
 * service appended. The given document is not changed.
 */
export function applyRecord(
  document: CatalogueDocument,
  kind: SubjectKind,
  record: DraftRecord,
): CatalogueDocument {
  if (kind === 'provider') {
    return { ...document, providers: replaceOrAppend(document.providers, record as Provider) };
  }
  return { ...document, services: replaceOrAppend(document.services, record as Service) };
}

function replaceOrAppend<T extends { id: string }>(list: readonly T[], record: T): T[] {
  const index = list.findIndex((r) => r.id === record.id);
  if (index === -1) return [...list, record];
  const out = [...list];
  out[index] = record;
  return out;
}
