import type { ValueInput } from './record-form';

/** A form body as express.urlencoded({ extended: false }) gives it: repeated names become arrays. */
export type FormBody = Record<string, string | string[] | undefined>;

/** A problem with one form field; `code` is a message key under `submissions.errors`. */
export interface FieldError {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

export function firstString(body: FormBody, name: string): string {
  const raw = body[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === 'string' ? value.trim() : '';
}

function allStrings(body: FormBody, name: string): string[] {
  const raw = body[name];
  const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return values
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim())
    .filter(Boolean);
}

function splitList(text: string, upper: boolean): string[] | undefined {
  const items = text
    .split(/[\n,]/)
    .map((s) => (upper ? s.trim().toUpperCase() : s.trim()))
    .filter(Boolean);
  return items.length > 0 ? [...new Set(items)] : undefined;
}

const NUMBER = /^-?\d+(\.\d+)?$/;
/** Links a supplier enters are web addresses only: `javascript:`, `data:` and the like never reach a page. */
const WEB_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i;
const INTEGER = /^\d+$/;

/**
 * Reads one value from the form by its input type: empty means absent (undefined). Only what the
 * form itself can tell is checked here (a number that is no number, an option not offered); the
 * catalogue's JSON Schema checks the rest once the record is put together.
 */
export function readValue(
  body: FormBody,
  name: string,
  input: ValueInput,
  options?: readonly string[],
): { value?: unknown; error?: FieldError } {
  if (input.type === 'checkboxes') {
    const values = [...new Set(allStrings(body, name))];
    const allowed = typeof input.options === 'string' ? options : input.options;
    const bad = allowed ? values.find((v) => !allowed.includes(v)) : undefined;
    if (bad !== undefined) return { error: { field: name, code: 'invalidOption' } };
    return { value: values.length > 0 ? values : undefined };
  }
  const text = firstString(body, name);
  if (text === '') return {};
  switch (input.type) {
    case 'number': {
      const normalised = text.replace(',', '.');
      return NUMBER.test(normalised)
        ? { value: Number(normalised) }
        : { error: { field: name, code: 'notANumber' } };
    }
    case 'integer':
      return INTEGER.test(text) && text.length <= 9
        ? { value: Number(text) }
        : { error: { field: name, code: 'notAWholeNumber' } };
    case 'bool':
      if (text === 'true' || text === 'false') return { value: text === 'true' };
      return { error: { field: name, code: 'invalidOption' } };
    case 'select':
      return input.options.includes(text)
        ? { value: text }
        : { error: { field: name, code: 'invalidOption' } };
    case 'list':
      return { value: splitList(text, false) };
    case 'countries':
      return { value: splitList(text, true) };
    case 'country':
      return { value: text.toUpperCase() };
    case 'url':
      return WEB_URL.test(text) ? { value: text } : { error: { field: name, code: 'urlNotWeb' } };
    default:
      return { value: text };
  }
}

/** Indices used in names `<prefix>.<i>.<...>` of the body, ascending. */
export function indicesOf(body: FormBody, prefix: string): number[] {
  const found = new Set<number>();
  const start = `${prefix}.`;
  for (const key of Object.keys(body)) {
    if (!key.startsWith(start)) continue;
    const match = /^(\d{1,4})\./.exec(key.slice(start.length));
    if (match) found.add(Number(match[1]));
  }
  return [...found].sort((a, b) => a - b);
}
