import type { Problem, Validated } from './problem';

/** Accepts only the listed query parameters (endpoints without filters take only `lang`). */
export function onlyParameters(
  query: Record<string, unknown>,
  allowed: readonly string[] = ['lang'],
): Validated<true> {
  const problems: Problem[] = Object.keys(query)
    .filter((parameter) => !allowed.includes(parameter))
    .map((parameter) => ({ parameter, code: 'api.errors.unknownParameter', allowed: [...allowed] }));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: true };
}
