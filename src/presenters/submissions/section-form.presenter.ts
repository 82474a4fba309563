import { firstString, indicesOf, type FieldError, type FormBody } from '../../domain/submissions/form-values';
import {
  EVIDENCE_FIELDS,
  SOURCE_FIELDS,
  type FactSpec,
  type SectionSpec,
  type ValueInput,
} from '../../domain/submissions/record-form';
import type { SubjectKind } from '../../domain/submissions/record.types';
import type { Lang, Translate } from '../../i18n/i18n';
import type { ReadModel } from '../../domain/catalogue/read-model';
import { errorSummaryLabel, evidenceEntryLabel } from './error-summary-label';
import { factMeasure, withUnit } from './fact-measure';
import { optionLabel } from './option-label';

export interface OptionView {
  value: string;
  label: string;
  selected: boolean;
}

export interface InputView {
  name: string;
  id: string;
  label: string;
  control: 'text' | 'textarea' | 'select' | 'radios' | 'checkboxes' | 'date';
  inputmode?: 'decimal' | 'numeric' | 'url';
  value: string;
  options: OptionView[];
  hint?: string;
  /** The unit the value is counted in, shown after the input ('%', 'dagen', '€'); the label names it too. */
  unit?: string;
  error?: string;
}

export interface SourceRowView {
  index: number;
  inputs: InputView[];
}

export interface FactFormView {
  path: string;
  label: string;
  inputs: InputView[];
  note: InputView;
  sources: SourceRowView[];
}

export interface EvidenceEntryView {
  index: number;
  isNew: boolean;
  inputs: InputView[];
  sources: SourceRowView[];
  remove: InputView;
  /** The entry's legend, named by its scheme. */
  legend?: string;
}

/** One line of the error summary (views/components/_error-summary.ejs). */
export interface ErrorLink {
  field: string;
  href: string;
  message: string;
}

/** An element id for a form name (`contract.noticePeriodDays.value` → `f-contract-noticePeriodDays-value`). */
export const fieldId = (name: string): string => `f-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** The translated message of a field error (the loader's own text for schema problems). */
export function errorText(error: FieldError, t: Translate): string {
  if (error.code === 'catalogue') return t('submissions.errors.catalogue', error.params);
  return t(`submissions.errors.${error.code}`, error.params);
}

interface Context {
  body: FormBody;
  errors: Map<string, string>;
  t: Translate;
  model: ReadModel;
  lang: Lang;
}

function options(name: string, input: ValueInput, ctx: Context, selected: string[]): OptionView[] {
  const { t, model, lang } = ctx;
  let values: { value: string; label: string }[] = [];
  if (input.type === 'bool') {
    values = [
      { value: 'true', label: t('facts.yes') },
      { value: 'false', label: t('facts.no') },
      { value: '', label: t('submissions.form.unknown') },
    ];
  } else if (input.type === 'select') {
    values = [
      { value: '', label: t('submissions.form.notSet') },
      ...input.options.map((v) => ({ value: v, label: optionLabel(name, v, t) })),
    ];
  } else if (input.type === 'checkboxes') {
    if (input.options === 'categories') {
      values = [...model.categories.values()].map((c) => ({ value: c.id, label: c.name[lang] ?? c.name.nl }));
    } else if (input.options === 'capabilities') {
      values = [...model.capabilities.values()].map((c) => ({
        value: c.id,
        label: c.name[lang] ?? c.name.nl,
      }));
    } else values = input.options.map((v) => ({ value: v, label: optionLabel(name, v, t) }));
  }
  return values.map((o) => ({ ...o, selected: selected.includes(o.value) }));
}

function inputView(
  name: string,
  label: string,
  input: ValueInput,
  ctx: Context,
  measure: { unit?: string; hint?: string } = {},
): InputView {
  const raw = ctx.body[name];
  const all = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const value = firstString(ctx.body, name);
  const control: InputView['control'] =
    input.type === 'textarea' || input.type === 'list' || input.type === 'countries'
      ? 'textarea'
      : input.type === 'select'
        ? 'select'
        : input.type === 'bool'
          ? 'radios'
          : input.type === 'checkboxes'
            ? 'checkboxes'
            : input.type === 'date'
              ? 'date'
              : 'text';
  const inputmode =
    input.type === 'number'
      ? 'decimal'
      : input.type === 'integer'
        ? 'numeric'
        : input.type === 'url'
          ? 'url'
          : undefined;
  const hinted = ['list', 'countries', 'country', 'date', 'url'].includes(input.type);
  const hint = measure.hint ?? (hinted ? ctx.t(`submissions.hint.${input.type}`) : undefined);
  return {
    name,
    id: fieldId(name),
    label,
    control,
    inputmode,
    value,
    options: options(name, input, ctx, control === 'radios' ? [value] : all.map(String)),
    hint,
    unit: measure.unit,
    error: ctx.errors.get(name),
  };
}

function sourceRows(prefix: string, ctx: Context): SourceRowView[] {
  const used = indicesOf(ctx.body, `${prefix}.sources`);
  const next = used.length > 0 ? Math.max(...used) + 1 : 0;
  return [...used, next].map((index) => ({
    index,
    inputs: SOURCE_FIELDS.map((f) =>
      inputView(`${prefix}.sources.${index}.${f.name}`, ctx.t(`submissions.source.${f.name}`), f.input, ctx, {
        hint: f.name === 'kind' ? ctx.t('submissions.source.kindHint') : undefined,
      }),
    ),
  }));
}

function valueInput(kind: SubjectKind, spec: FactSpec, input: ValueInput, ctx: Context): InputView {
  const measure = factMeasure(kind, spec.path, undefined, ctx);
  const label = withUnit(ctx.t('submissions.form.value'), measure.unit, ctx.t);
  return inputView(`${spec.path}.value`, label, input, ctx, measure);
}

function factView(kind: SubjectKind, spec: FactSpec, ctx: Context): FactFormView {
  const label = ctx.t(kind === 'provider' ? `facts.label.provider.${spec.path}` : `facts.label.${spec.path}`);
  const inputs =
    'parts' in spec.value
      ? spec.value.parts.map((part) => {
          const measure = factMeasure(kind, spec.path, part.name, ctx);
          const partLabel = withUnit(ctx.t(`submissions.part.${part.name}`), measure.unit, ctx.t);
          return inputView(`${spec.path}.value.${part.name}`, partLabel, part.input, ctx, measure);
        })
      : [valueInput(kind, spec, spec.value, ctx)];
  return {
    path: spec.path,
    label,
    inputs,
    note: inputView(`${spec.path}.note`, ctx.t('submissions.form.factNote'), { type: 'textarea' }, ctx),
    sources: sourceRows(spec.path, ctx),
  };
}

function evidenceViews(ctx: Context): EvidenceEntryView[] {
  const used = indicesOf(ctx.body, 'evidence');
  const next = used.length > 0 ? Math.max(...used) + 1 : 0;
  return [...used, next].map((index) => ({
    index,
    isNew: index === next,
    inputs: EVIDENCE_FIELDS.map((f) =>
      inputView(`evidence.${index}.${f.name}`, ctx.t(`submissions.evidence.${f.name}`), f.input, ctx),
    ),
    sources: sourceRows(`evidence.${index}`, ctx),
    remove: inputView(
      `evidence.${index}.remove`,
      ctx.t('submissions.evidence.remove'),
      { type: 'text' },
      ctx,
    ),
  }));
}

function inputNames(kind: SubjectKind, section: SectionSpec, ctx: Context): string[] {
  const names: string[] = [];
  for (const item of section.items) {
    if (item.kind === 'field') names.push(item.name);
    else {
      const fact = factView(kind, item, ctx);
      names.push(
        ...fact.inputs.map((i) => i.name),
        ...fact.sources.flatMap((s) => s.inputs.map((i) => i.name)),
      );
    }
  }
  if (section.evidence) {
    for (const entry of evidenceViews(ctx)) {
      names.push(
        ...entry.inputs.map((i) => i.name),
        ...entry.sources.flatMap((s) => s.inputs.map((i) => i.name)),
      );
    }
  }
  return names;
}

/**
 * The input an error belongs next to: the field itself, else its first input (an error on
 * `summary` goes to `summary.nl`), else the closest input above it (`categories.1` → `categories`).
 */
function nearestInput(field: string, names: readonly string[]): string {
  if (field === '' || names.includes(field)) return field;
  const below = names.find((n) => n.startsWith(`${field}.`));
  if (below) return below;
  const parts = field.split('.');
  while (parts.length > 1) {
    parts.pop();
    const above = parts.join('.');
    if (names.includes(above)) return above;
    const first = names.find((n) => n.startsWith(`${above}.`));
    if (first) return first;
  }
  return field;
}

export interface SectionFormView {
  fields: InputView[];
  facts: FactFormView[];
  evidence?: EvidenceEntryView[];
  errorSummary: ErrorLink[];
}

/**
 * The view model of one section's form, filled from `body` (the record's values, or what was
 * just submitted when it is shown again with errors). Every fact offers one empty source row more
 * than it has, and the evidence section one empty entry, so more can be added without JavaScript.
 */
export function presentSectionForm(
  kind: SubjectKind,
  section: SectionSpec,
  body: FormBody,
  fieldErrors: FieldError[],
  t: Translate,
  lang: Lang,
  model: ReadModel,
): SectionFormView {
  const errors = new Map<string, string>();
  const ctx: Context = { body, errors, t, model, lang };
  const names = inputNames(kind, section, ctx);
  for (const e of fieldErrors) {
    const field = nearestInput(e.field, names);
    if (!errors.has(field)) errors.set(field, errorText(e, t));
  }
  const fields = section.items.flatMap((item) =>
    item.kind === 'field' ? [inputView(item.name, t(`submissions.field.${item.name}`), item.input, ctx)] : [],
  );
  const facts = section.items.flatMap((item) => (item.kind === 'fact' ? [factView(kind, item, ctx)] : []));
  const evidence = section.evidence
    ? evidenceViews(ctx).map((e) => ({ ...e, legend: evidenceEntryLabel(e, t) }))
    : undefined;
  const errorSummary = [...errors].map(([field, message]) => {
    const where = errorSummaryLabel(field, { fields, facts, evidence }, t);
    return {
      field,
      href: `#${field ? fieldId(field) : 'main'}`,
      message: where ? `${where}: ${message}` : message,
    };
  });
  return { fields, facts, evidence, errorSummary };
}
