import { plural, type Translate } from '../../i18n/i18n';

/**
 * A minimum contract term in words, the same on the service page, the solution page and the
 * comparison (page and CSV): 0 months means there is none ("geen minimale looptijd"), not "0
 * maanden". Exports with numeric columns keep the number.
 */
export function formatMinimumTerm(months: number, t: Translate): string {
  return months === 0 ? t('facts.minimumTerm.none') : plural(t, 'facts.minimumTerm', months);
}
