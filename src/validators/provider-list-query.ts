import { z } from 'zod';
import { PROVIDER_TYPES } from '../domain/catalogue.types';
import type { ReadModel } from '../domain/catalogue/read-model';
import type { ProviderListQuery } from '../domain/catalogue/list-providers';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from '../domain/filters';
import { LANGS, type Lang } from '../domain/lang';
import type { Problem, Validated } from './problem';

/** The parameters of GET /api/v1/providers (the OpenAPI description lists the same names). */
export const PROVIDER_LIST_PARAMETERS = ['type', 'country', 'page', 'perPage', 'lang'] as const;

const REPEATABLE = new Set(['type', 'country']);
const wholeNumber = (max: number) =>
  z
    .string()
    .regex(/^[0-9]{1,9}$/)
    .transform(Number)
    .pipe(z.number().min(1).max(max));
const PAGE = wholeNumber(1_000_000);
const PER_PAGE = wholeNumber(MAX_PER_PAGE);
const isLang = (text: string): text is Lang => (LANGS as readonly string[]).includes(text);
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/**
 * A country code is ISO 3166-1 alpha-2 (any case): one the runtime knows as a region, or one that
 * occurs in the catalogue (so that a catalogue's own code can always be asked for).
 */
function countryCode(text: string, model: ReadModel): string | undefined {
  const code = text.toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) return undefined;
  if (code !== 'ZZ' && regionNames.of(code) !== code) return code;
  return model.document.providers.some((p) => p.hqCountry === code) ? code : undefined;
}

function texts(raw: unknown): string[] | undefined {
  if (typeof raw === 'string') return [raw];
  if (Array.isArray(raw) && raw.every((v) => typeof v === 'string')) return raw as string[];
  return undefined;
}

/**
 * Validates the query of GET /api/v1/providers. Every problem is reported, each naming its
 * parameter (and the allowed values where they can be listed); empty values count as absent.
 */
export function parseProviderListQuery(
  query: Record<string, unknown>,
  model: ReadModel,
): Validated<ProviderListQuery> {
  const value: ProviderListQuery = { type: [], country: [], page: 1, perPage: DEFAULT_PER_PAGE };
  const problems: Problem[] = [];
  const allowed = [...PROVIDER_LIST_PARAMETERS];
  const invalid = (parameter: string, code: string, text: string, values?: string[]) =>
    problems.push({
      parameter,
      code,
      params: { value: text, maxPerPage: MAX_PER_PAGE },
      ...(values ? { allowed: values } : {}),
    });

  for (const [parameter, raw] of Object.entries(query)) {
    if (!(allowed as string[]).includes(parameter)) {
      problems.push({ parameter, code: 'api.errors.unknownParameter', allowed });
      continue;
    }
    const given = texts(raw)?.filter((text) => text !== '');
    if (!given) {
      problems.push({ parameter, code: 'filters.errors.notText' });
      continue;
    }
    if (given.length === 0) continue;
    if (given.length > 1 && !REPEATABLE.has(parameter)) {
      problems.push({ parameter, code: 'filters.errors.single' });
      continue;
    }
    for (const text of new Set(given)) {
      if (parameter === 'lang') {
        if (!isLang(text)) invalid(parameter, 'filters.errors.invalidValue', text, [...LANGS]);
      } else if (parameter === 'type') {
        const type = PROVIDER_TYPES.find((known) => known === text);
        if (type) value.type.push(type);
        else invalid(parameter, 'filters.errors.invalidValue', text, [...PROVIDER_TYPES]);
      } else if (parameter === 'country') {
        const code = countryCode(text, model);
        if (code) value.country.push(code);
        else invalid(parameter, 'api.errors.country', text);
      } else {
        const number = (parameter === 'page' ? PAGE : PER_PAGE).safeParse(text);
        if (number.success) value[parameter as 'page' | 'perPage'] = number.data;
        else invalid(parameter, `filters.errors.${parameter}`, text);
      }
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}
