import type { Evidence, Fact, Source } from '../catalogue.types';
import { sameJson } from './canonical-json';
import { SUBMISSION_LIMITS } from './limits';
import { firstString, indicesOf, readValue, type FieldError, type FormBody } from './form-values';
import {
  EVIDENCE_FIELDS,
  SOURCE_FIELDS,
  type FactSpec,
  type FieldSpec,
  type SectionSpec,
} from './record-form';
import type { DraftRecord } from './record.types';

export interface FormOptions {
  categories: readonly string[];
  capabilities: readonly string[];
}

type Json = Record<string, unknown>;

function setPath(target: Json, path: string, value: unknown): void {
  const parts = path.split('.');
  const last = parts.pop() as string;
  let node = target;
  for (const part of parts) {
    if (node[part] === null || typeof node[part] !== 'object') node[part] = {};
    node = node[part] as Json;
  }
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** Removes objects left empty by the form (an unset `ultimateParent`, `summary` or fact group). */
function pruneEmpty(target: Json, keys: Iterable<string>): void {
  for (const key of keys) {
    const value = target[key];
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) {
      delete target[key];
    }
  }
}

function optionsOf(field: FieldSpec, options: FormOptions): readonly string[] | undefined {
  if (field.input.type !== 'checkboxes') return undefined;
  const { options: from } = field.input;
  return from === 'categories' ? options.categories : from === 'capabilities' ? options.capabilities : from;
}

/** Sources entered under `<prefix>.sources.<i>.*`; rows left entirely empty are ignored. */
function readSources(body: FormBody, prefix: string, errors: FieldError[]): Source[] {
  const sources: Source[] = [];
  for (const i of indicesOf(body, `${prefix}.sources`)) {
    const name = (f: string) => `${prefix}.sources.${i}.${f}`;
    const source: Json = {};
    for (const f of SOURCE_FIELDS) {
      const read = readValue(body, name(f.name), f.input);
      if (read.error) errors.push(read.error);
      else if (read.value !== undefined) source[f.name] = read.value;
    }
    if (Object.keys(source).length === 0) continue;
    if (source.url === undefined) errors.push({ field: name('url'), code: 'sourceUrlRequired' });
    if (sources.length === SUBMISSION_LIMITS.sourcesPerItem) {
      const max = SUBMISSION_LIMITS.sourcesPerItem;
      errors.push({ field: name('url'), code: 'tooManySources', params: { max } });
      break;
    }
    sources.push(source as unknown as Source);
  }
  return sources;
}

const withoutChecks = (sources: Source[] | undefined): Source[] | undefined =>
  sources?.map(({ checkedOn: _checkedOn, ...rest }) => rest);

/**
 * Keeps the marketplace's `checkedOn` dates only where the supplier left an item exactly as it was
 * published: any change to a fact or evidence entry (value, note or a source) makes it unchecked
 * until a curator checks it again.
 */
function keepChecks<T extends { sources?: Source[] }>(entered: T, published: T[]): T {
  const same = published.find((p) => sameJson({ ...p, sources: withoutChecks(p.sources) }, entered));
  return same ?? entered;
}

function readFact(body: FormBody, spec: FactSpec, errors: FieldError[]): Fact<unknown> | undefined {
  let value: unknown;
  if ('parts' in spec.value) {
    const parts: Json = {};
    for (const part of spec.value.parts) {
      const read = readValue(body, `${spec.path}.value.${part.name}`, part.input);
      if (read.error) errors.push(read.error);
      else if (read.value !== undefined) parts[part.name] = read.value;
    }
    value = Object.keys(parts).length > 0 ? parts : undefined;
  } else {
    const read = readValue(body, `${spec.path}.value`, spec.value);
    if (read.error) errors.push(read.error);
    value = read.value;
  }
  const sources = readSources(body, spec.path, errors);
  const note = firstString(body, `${spec.path}.note`);
  if (value === undefined) {
    if (sources.length > 0 || note) errors.push({ field: `${spec.path}.value`, code: 'factValueRequired' });
    return undefined;
  }
  const fact: Fact<unknown> = { value };
  if (sources.length > 0) fact.sources = sources;
  if (note) fact.note = note;
  return fact;
}

function readEvidence(body: FormBody, errors: FieldError[]): Evidence[] {
  const entries: Evidence[] = [];
  for (const i of indicesOf(body, 'evidence')) {
    if (firstString(body, `evidence.${i}.remove`) === 'true') continue;
    const entry: Json = {};
    for (const f of EVIDENCE_FIELDS) {
      const read = readValue(body, `evidence.${i}.${f.name}`, f.input);
      if (read.error) errors.push(read.error);
      else if (read.value !== undefined) entry[f.name] = read.value;
    }
    const sources = readSources(body, `evidence.${i}`, errors);
    if (sources.length > 0) entry.sources = sources;
    if (Object.keys(entry).length === 0) continue;
    if (entry.scheme === undefined) errors.push({ field: `evidence.${i}.scheme`, code: 'schemeRequired' });
    if (entries.length === SUBMISSION_LIMITS.evidencePerRecord) {
      const max = SUBMISSION_LIMITS.evidencePerRecord;
      errors.push({ field: `evidence.${i}.scheme`, code: 'tooManyEvidence', params: { max } });
      break;
    }
    entries.push(entry as unknown as Evidence);
  }
  return entries;
}

function factAt(record: Json | undefined, path: string): Fact<unknown> | undefined {
  let node: unknown = record;
  for (const part of path.split('.'))
    node = node && typeof node === 'object' ? (node as Json)[part] : undefined;
  return node as Fact<unknown> | undefined;
}

/**
 * Replaces one section of a draft record with what the form says, and reports what the form
 * itself shows to be wrong. Everything of the section is read from the form (an empty field
 * removes the value); everything outside it is left as it was. `published` is the record as
 * published, whose `checkedOn` dates survive on items the supplier did not change.
 */
export function applySection(
  record: DraftRecord,
  section: SectionSpec,
  body: FormBody,
  options: FormOptions,
  published: DraftRecord | undefined,
): { record: DraftRecord; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const out = structuredClone(record) as unknown as Json;
  const old = published as unknown as Json | undefined;
  const tops = new Set<string>();
  for (const item of section.items) {
    if (item.kind === 'field') {
      const read = readValue(body, item.name, item.input, optionsOf(item, options));
      if (read.error) errors.push(read.error);
      setPath(out, item.name, read.value);
      tops.add(item.name.split('.')[0] as string);
    } else {
      const fact = readFact(body, item, errors);
      const before = factAt(old, item.path);
      setPath(out, item.path, fact && before ? keepChecks(fact, [before]) : fact);
      tops.add(item.path.split('.')[0] as string);
    }
  }
  if (section.evidence) {
    const publishedEvidence = (old?.evidence ?? []) as Evidence[];
    const entries = readEvidence(body, errors).map((e) => keepChecks(e, publishedEvidence));
    setPath(out, 'evidence', entries.length > 0 ? entries : undefined);
  }
  pruneEmpty(out, tops);
  return { record: out as unknown as DraftRecord, errors };
}
