import type { Evidence, Fact, Source } from '../catalogue.types';
import type { FormBody } from './form-values';
import { EVIDENCE_FIELDS, SOURCE_FIELDS, type SectionSpec, type ValueInput } from './record-form';
import type { DraftRecord } from './record.types';

type Json = Record<string, unknown>;

function at(record: unknown, path: string): unknown {
  let node = record;
  for (const part of path.split('.'))
    node = node && typeof node === 'object' ? (node as Json)[part] : undefined;
  return node;
}

/** A value as its form input shows it (the inverse of readValue). */
function asInput(value: unknown, input: ValueInput): string | string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (input.type === 'checkboxes') return Array.isArray(value) ? value.map(String) : [String(value)];
  if (Array.isArray(value)) return value.map(String).join('\n');
  return String(value);
}

function putSources(out: FormBody, prefix: string, sources: Source[] | undefined): void {
  (sources ?? []).forEach((source, i) => {
    for (const f of SOURCE_FIELDS) {
      const value = asInput((source as unknown as Json)[f.name], f.input);
      if (value !== undefined) out[`${prefix}.sources.${i}.${f.name}`] = value;
    }
  });
}

/** The form of one section filled in from a record: the names and strings the inputs carry. */
export function formFromRecord(record: DraftRecord, section: SectionSpec): FormBody {
  const out: FormBody = {};
  for (const item of section.items) {
    if (item.kind === 'field') {
      const value = asInput(at(record, item.name), item.input);
      if (value !== undefined) out[item.name] = value;
      continue;
    }
    const fact = at(record, item.path) as Fact<unknown> | undefined;
    if (!fact) continue;
    if ('parts' in item.value) {
      for (const part of item.value.parts) {
        const value = asInput((fact.value as Json | undefined)?.[part.name], part.input);
        if (value !== undefined) out[`${item.path}.value.${part.name}`] = value;
      }
    } else {
      const value = asInput(fact.value, item.value);
      if (value !== undefined) out[`${item.path}.value`] = value;
    }
    if (fact.note) out[`${item.path}.note`] = fact.note;
    putSources(out, item.path, fact.sources);
  }
  if (section.evidence) {
    const evidence = ((record as unknown as Json).evidence ?? []) as Evidence[];
    evidence.forEach((entry, i) => {
      for (const f of EVIDENCE_FIELDS) {
        const value = asInput((entry as unknown as Json)[f.name], f.input);
        if (value !== undefined) out[`evidence.${i}.${f.name}`] = value;
      }
      putSources(out, `evidence.${i}`, entry.sources);
    });
  }
  return out;
}
