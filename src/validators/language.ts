import { LANGS, type Lang } from '../domain/lang';
import type { Validated } from './problem';

function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

/** Validates `?lang=`: absent (undefined), or one of the interface languages. */
export function parseLang(value: unknown): Validated<Lang | undefined> {
  if (value === undefined || isLang(value)) return { ok: true, value };
  return {
    ok: false,
    problems: [{ parameter: 'lang', code: 'common.error.unknownLanguage', allowed: [...LANGS] }],
  };
}
