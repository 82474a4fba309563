import { firstString, type FormBody } from '../../domain/submissions/form-values';
import type { SubjectKind } from '../../domain/submissions/record.types';
import type { Lang, Translate } from '../../i18n/i18n';
import { factFormatOf } from '../facts/fact-definitions';
import { currencySymbol, factUnit } from '../facts/fact.presenter';

/** The unit a fact's input is counted in, and the hint under its label. */
export interface Measure {
  unit?: string;
  hint?: string;
}

const NUMERIC = ['percent', 'days', 'minimumTerm', 'number'];

/**
 * The unit and hint of a fact's value input (`part`: one part of a value with parts), taken from how
 * the service page shows the fact (factUnit): "Waarde (%)" with "bijv. 99,95", "Waarde (dagen)"; a
 * price's amount is in the currency entered with it ("Bedrag (€)").
 */
export function factMeasure(
  kind: SubjectKind,
  path: string,
  part: string | undefined,
  ctx: { body: FormBody; t: Translate; lang: Lang },
): Measure {
  const format = kind === 'service' ? factFormatOf(path) : undefined;
  if (format === 'price' && part === 'amount') {
    const currency = firstString(ctx.body, `${path}.value.currency`);
    return { unit: currencySymbol(currency, ctx.lang), hint: ctx.t('submissions.hint.format.price') };
  }
  if (part !== undefined || typeof format !== 'string') return {};
  return {
    unit: factUnit(format, ctx.t),
    hint: NUMERIC.includes(format) ? ctx.t(`submissions.hint.format.${format}`) : undefined,
  };
}

/** "Waarde (%)", "Bedrag (€)": a label with the unit the value is counted in. */
export const withUnit = (label: string, unit: string | undefined, t: Translate): string =>
  unit ? t('submissions.form.withUnit', { label, unit }) : label;
