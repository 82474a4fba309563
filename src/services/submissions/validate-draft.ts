import type { CatalogueDocument, Provider, Service } from '../../domain/catalogue.types';
import type { FieldError } from '../../domain/submissions/form-values';
import type { DraftRecord, SubjectKind } from '../../domain/submissions/record.types';
import { validateCatalogue } from '../catalogue/catalogue-loader';

/**
 * The part of the published catalogue a record is checked against: every category and capability,
 * the record (first), and for a service its provider and everything it runs on (transitively), so
 * the loader's reference and cycle checks see all they need while a catalogue of any size is not
 * validated whole on every save.
 */
function documentAround(
  published: CatalogueDocument,
  kind: SubjectKind,
  record: DraftRecord,
): CatalogueDocument {
  if (kind === 'provider') {
    return { ...published, providers: [record as Provider], services: [] };
  }
  const service = record as Service;
  const byId = new Map(published.services.map((s) => [s.id, s]));
  const around: Service[] = [];
  const seen = new Set([service.id]);
  const queue = [...(Array.isArray(service.runsOn) ? service.runsOn : [])];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    const found = byId.get(id);
    if (seen.has(id) || !found) continue;
    seen.add(id);
    around.push(found.id === service.id ? service : found);
    queue.push(...(found.runsOn ?? []));
  }
  const providerIds = new Set([service.providerId, ...around.map((s) => s.providerId)]);
  return {
    ...published,
    providers: published.providers.filter((p) => providerIds.has(p.id)),
    services: [service, ...around],
  };
}

/** A JSON Pointer below the record (`/contract/slaAvailabilityPct/value`) as a form field name. */
function fieldOf(pointer: string): string {
  return pointer
    .split('/')
    .filter(Boolean)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

/**
 * Checks a draft record with the catalogue's own loader (JSON Schema and reference checks) as it
 * would be published, and returns the problems as form fields of the record. Problems outside the
 * record (none are expected) are reported on the record as a whole (field '').
 */
export function validateDraftRecord(
  published: CatalogueDocument,
  kind: SubjectKind,
  record: DraftRecord,
): FieldError[] {
  const validation = validateCatalogue(documentAround(published, kind, record));
  if (validation.ok) return [];
  const prefix = kind === 'provider' ? '/providers/0' : '/services/0';
  return validation.errors.map((e) => {
    const inRecord = e.path === prefix || e.path.startsWith(`${prefix}/`);
    return {
      field: inRecord ? fieldOf(e.path.slice(prefix.length)) : '',
      code: 'catalogue',
      params: { message: e.message },
    };
  });
}
