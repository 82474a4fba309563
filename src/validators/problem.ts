import { BadRequestError } from '../errors';
import type { Translate } from '../i18n/i18n';

/**
 * One problem with a request parameter, as every validator reports it: a message key (`code`) and
 * its parameters, never translated text, so the same problem can be shown on a page or in the API
 * in any language.
 */
export interface Problem {
  parameter: string;
  /** Message key, translated with `{ parameter, ...params }`. */
  code: string;
  params?: Record<string, string | number>;
  /** The values the parameter accepts, when they can be listed. */
  allowed?: string[];
}

/** What every validator returns: the valid value, or every problem found. */
export type Validated<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export interface BadRequestOptions {
  /** Each problem also names its message key (the list query's problems in the API do). */
  withCodes?: boolean;
}

/** The 400 error for these problems, with their messages in the language of `t`. */
export function badRequest(
  problems: readonly Problem[],
  t: Translate,
  options: BadRequestOptions = {},
): BadRequestError {
  return new BadRequestError(
    problems.map(({ parameter, code, params, allowed }) => {
      const message = t(code, { parameter, ...params });
      return options.withCodes
        ? { parameter, code, ...(allowed ? { allowed } : {}), message }
        : { parameter, message, ...(allowed ? { allowed } : {}) };
    }),
  );
}

/** The value, or the 400 error for its problems (controllers call this). */
export function validOrThrow<T>(result: Validated<T>, t: Translate, options: BadRequestOptions = {}): T {
  if (!result.ok) throw badRequest(result.problems, t, options);
  return result.value;
}
