import { z } from 'zod';
import { CONTROLS, EVIDENCE_SCHEMES, LOTS, PROVIDER_TYPES, SERVICE_MODELS } from '../domain/catalogue.types';
import { LANGS } from '../domain/lang';
import type { ReadModel } from '../domain/catalogue/read-model';
import { LEVELS } from '../domain/sovereignty/sovereignty.types';
import {
  LOCATION_FILTERS,
  MAX_PER_PAGE,
  SORT_KEYS,
  emptyFilterQuery,
  type FilterQuery,
} from '../domain/filters/filter-query.types';
import type { Problem, Validated } from './problem';

export interface ParseOptions {
  /** A category the page is fixed to (/categories/:id): `category` is then not a parameter. */
  fixedCategory?: string;
  /** Further parameters the caller handles itself (e.g. an export format); accepted, not parsed. */
  extraParameters?: readonly string[];
}

/** How to read one parameter: its values' schema, whether it may repeat, what it accepts. */
interface ParamSpec {
  multiple: boolean;
  schema: z.ZodType;
  /** The accepted values, shown in the error; omitted where they cannot be listed. */
  allowed?: (model: ReadModel) => readonly string[];
  /** Message key when a value fails the schema. */
  invalid: string;
  /** Further parameters of that message. */
  params?: Record<string, number>;
}

const LEVEL_STRINGS = LEVELS.map(String);
const level = z.enum(LEVEL_STRINGS).transform(Number);
const enumOf = (values: readonly string[]): ParamSpec => ({
  multiple: true,
  schema: z.enum(values),
  allowed: () => values,
  invalid: 'filters.errors.invalidValue',
});
const levelParam: ParamSpec = {
  multiple: false,
  schema: level,
  allowed: () => LEVEL_STRINGS,
  invalid: 'filters.errors.invalidValue',
};
const idParam = (ids: (model: ReadModel) => Iterable<string>): ParamSpec => ({
  multiple: true,
  schema: z.string(),
  allowed: (model) => [...ids(model)],
  invalid: 'filters.errors.invalidValue',
});
const positiveInt = (max: number) =>
  z
    .string()
    .regex(/^[0-9]{1,9}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(max));
const trueOnly: ParamSpec = {
  multiple: false,
  schema: z.literal('true').transform(() => true as const),
  allowed: () => ['true'],
  invalid: 'filters.errors.invalidValue',
};

const SPECS: Record<string, ParamSpec> = {
  q: { multiple: false, schema: z.string().max(200), invalid: 'filters.errors.queryTooLong' },
  lang: { ...enumOf(LANGS), multiple: false },
  level: levelParam,
  minJurisdiction: levelParam,
  minData: levelParam,
  minOpenness: levelParam,
  minAssurance: levelParam,
  category: idParam((model) => model.categories.keys()),
  lot: enumOf(LOTS),
  model: enumOf(SERVICE_MODELS),
  cert: enumOf(EVIDENCE_SCHEMES),
  location: { ...enumOf(LOCATION_FILTERS), multiple: false },
  control: enumOf(CONTROLS),
  providerType: enumOf(PROVIDER_TYPES),
  openSource: trueOnly,
  selfHostable: trueOnly,
  checked: trueOnly,
  capability: idParam((model) => model.capabilities.keys()),
  provider: idParam((model) => model.providers.keys()),
  sort: { ...enumOf(SORT_KEYS), multiple: false },
  page: { multiple: false, schema: positiveInt(1_000_000), invalid: 'filters.errors.page' },
  perPage: {
    multiple: false,
    schema: positiveInt(MAX_PER_PAGE),
    invalid: 'filters.errors.perPage',
    params: { maxPerPage: MAX_PER_PAGE },
  },
};

/** Ids checked against the read model after the schema (the schema accepts any text). */
const ID_PARAMS: Record<string, (model: ReadModel) => { has(id: string): boolean }> = {
  category: (model) => model.categories,
  capability: (model) => model.capabilities,
  provider: (model) => model.providers,
};

/**
 * Validates a result-list query string (issue 3) against the vocabularies and the read model.
 * Express 5 gives each parameter as a string, or an array of strings when repeated. Empty values
 * count as absent, so a GET form's "any" choice (value "") sets nothing. Every problem is
 * reported, each naming its parameter and, where they can be listed, the allowed values.
 */
export function parseFilterQuery(
  query: Record<string, unknown>,
  model: ReadModel,
  options: ParseOptions = {},
): Validated<FilterQuery> {
  const failures: Problem[] = [];
  const value = emptyFilterQuery() as FilterQuery & Record<string, unknown>;
  const known = knownParameters(options);

  for (const [parameter, raw] of Object.entries(query)) {
    if (options.extraParameters?.includes(parameter)) continue;
    const spec = known.includes(parameter) ? SPECS[parameter] : undefined;
    if (!spec) {
      failures.push({ parameter, code: 'filters.errors.unknownParameter', allowed: known });
      continue;
    }
    const texts = toTexts(raw);
    if (!texts) {
      failures.push({ parameter, code: 'filters.errors.notText' });
      continue;
    }
    const values = [...new Set(texts.filter((t) => t !== ''))];
    if (values.length === 0) continue;
    if (!spec.multiple && values.length > 1) {
      failures.push({ parameter, code: 'filters.errors.single' });
      continue;
    }
    const parsed: unknown[] = [];
    for (const text of values) {
      const result = spec.schema.safeParse(text);
      const ids = ID_PARAMS[parameter]?.(model);
      if (result.success && (!ids || ids.has(text))) parsed.push(result.data);
      else
        failures.push({
          parameter,
          code: spec.invalid,
          params: { value: text, ...spec.params },
          allowed: allowedOf(spec, model),
        });
    }
    value[parameter] = spec.multiple ? parsed : parsed[0];
  }

  if (value.sort === 'relevance' && !value.q) {
    failures.push({ parameter: 'sort', code: 'filters.errors.relevanceNeedsQuery' });
  }
  if (options.fixedCategory !== undefined) value.category = [options.fixedCategory];
  if (failures.length > 0) return { ok: false, problems: failures };
  return { ok: true, value };
}

/** Every parameter name a list page accepts, for error messages and documentation. */
export function knownParameters(options: Pick<ParseOptions, 'fixedCategory'> = {}): string[] {
  return Object.keys(SPECS).filter((p) => !(p === 'category' && options.fixedCategory !== undefined));
}

function toTexts(raw: unknown): string[] | undefined {
  if (typeof raw === 'string') return [raw];
  if (Array.isArray(raw) && raw.every((v) => typeof v === 'string')) return raw;
  return undefined;
}

function allowedOf(spec: ParamSpec, model: ReadModel): string[] | undefined {
  return spec.allowed ? [...spec.allowed(model)] : undefined;
}
