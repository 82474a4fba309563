import type { Lang } from '../domain/lang';
import { locale } from './facts/fact.presenter';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment as people in the Netherlands read it: "30 november 2026 07:44" (Europe/Amsterdam, the
 * month written out), with seconds where the exact moment matters (the audit trail). Empty for none.
 */
export function formatDateTime(
  moment: Date | string | null | undefined,
  lang: Lang,
  options: { seconds?: boolean } = {},
): string {
  if (!moment) return '';
  const key = `${lang}:${options.seconds ? 's' : 'm'}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale(lang), {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      ...(options.seconds ? { second: '2-digit' } : {}),
      timeZone: 'Europe/Amsterdam',
    });
    formats.set(key, format);
  }
  return format.format(new Date(moment));
}
