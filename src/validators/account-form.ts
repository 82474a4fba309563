import type { z } from 'zod';
import type { Problem, Validated } from './problem';

/** Message keys of the account forms' problems live under `accounts.errors`. */
export const accountError = (code: string): string => `accounts.errors.${code}`;

/**
 * The first problem of each field of a failed parse, as problems naming the field (the error
 * summary links to the field of that id). `codes` gives each field its message; others get
 * `invalid`.
 */
export function fieldProblems(error: z.ZodError, codes: Record<string, string>): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (seen.has(field)) continue;
    seen.add(field);
    problems.push({ parameter: field, code: accountError(codes[field] ?? 'invalid') });
  }
  return problems;
}

/** A zod parse as `Validated`, its problems named per field. */
export function parseForm<T>(
  schema: z.ZodType<T>,
  body: unknown,
  codes: Record<string, string>,
): Validated<T> {
  const parsed = schema.safeParse(body ?? {});
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, problems: fieldProblems(parsed.error, codes) };
}

/**
 * What the visitor typed into these fields, to fill a form shown again with its problems (strings
 * only, cut to `max` characters; anything else is '').
 */
export function typedValues(body: unknown, fields: readonly string[], max = 320): Record<string, string> {
  const raw = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  return Object.fromEntries(
    fields.map((f) => [f, typeof raw[f] === 'string' ? (raw[f] as string).slice(0, max) : '']),
  );
}

/** Only a path on this site: no scheme, no protocol-relative `//host`, no backslash tricks. */
export function localPath(value: unknown, fallback: string): string {
  return typeof value === 'string' &&
    value.length <= 2000 &&
    /^\/(?![/\\])/.test(value) &&
    !/[\r\n]/.test(value)
    ? value
    : fallback;
}
