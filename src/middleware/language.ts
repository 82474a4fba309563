import type { RequestHandler } from 'express';
import { DEFAULT_LANG, isLang, localized, plural, translator, type Lang } from '../i18n/i18n';
import { urlWithParam } from '../presenters/url';
import { parseLang } from '../validators/language';
import { badRequest } from '../validators/problem';

const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * Chooses the interface language: `?lang=` (remembered in a cookie), else the cookie, else Dutch.
 * Puts `lang`, `t`, `plural`, `localized` and the language switch link into the view locals.
 */
export function languageMiddleware(): RequestHandler {
  return (req, res, next) => {
    const requested = parseLang(req.query.lang);
    const cookieLang: unknown = req.cookies?.lang;
    if (!requested.ok) {
      // Said in the language the error page will be in (the error handler's choice).
      return next(badRequest(requested.problems, translator(isLang(cookieLang) ? cookieLang : DEFAULT_LANG)));
    }
    let lang: Lang = DEFAULT_LANG;
    if (requested.value !== undefined) {
      lang = requested.value;
      res.cookie('lang', lang, { maxAge: ONE_YEAR_MS, httpOnly: true, sameSite: 'lax', path: '/' });
    } else if (isLang(cookieLang)) {
      lang = cookieLang;
    }
    Object.assign(res.locals, languageLocals(lang, req.originalUrl));
    next();
  };
}

/** The view locals that depend on the language (also used by the error handler's fallback). */
export function languageLocals(lang: Lang, currentUrl: string): Record<string, unknown> {
  const t = translator(lang);
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  // A URL that failed validation is not echoed back into links.
  const safeUrl = currentUrl.length <= 4096 ? currentUrl : '/';
  return {
    lang,
    t,
    plural: (key: string, count: number, params?: Record<string, string | number>) =>
      plural(t, key, count, params),
    localized: (text: { nl: string; en?: string } | undefined) => localized(text, lang),
    currentUrl: safeUrl,
    langSwitch: { lang: other, href: safeLangSwitch(safeUrl, other) },
  };
}

function safeLangSwitch(url: string, lang: Lang): string {
  try {
    return urlWithParam(url, 'lang', lang);
  } catch {
    return `/?lang=${lang}`;
  }
}
