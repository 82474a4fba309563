import type { MessageRef } from '../../domain/sovereignty/sovereignty.types';
import type { Lang, Params, Translate } from '../../i18n/i18n';
import type { ReadModel } from '../../domain/catalogue/read-model';
import { countryName, formatDate } from '../facts/fact.presenter';
import { schemeName } from '../facts/scheme-name.presenter';

/**
 * Translates a message the sovereignty model produced. The model keeps its parameters as data
 * (fact paths, control classes, country codes, service ids, scheme ids, dates); they are turned into
 * words here.
 */
export function sovereigntyText(ref: MessageRef, t: Translate, lang: Lang, model: ReadModel): string {
  return t(ref.key, ref.params ? wordParams(ref.params, t, lang, model) : undefined);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function wordParams(params: Params, t: Translate, lang: Lang, model: ReadModel): Params {
  const words: Params = { ...params };
  for (const [name, value] of Object.entries(params)) {
    const text = String(value);
    if (name === 'fact') words.fact = factLabel(text, t);
    else if (name === 'control') words.control = t(`sovereignty.controls.${text}`);
    else if (name === 'keyCustody') words.keyCustody = t(`sovereignty.keyCustody.${text}`);
    else if (name === 'countries') words.countries = countryList(text, lang);
    else if (name === 'scheme') words.scheme = schemeName(text, t);
    else if (name === 'date' && ISO_DATE.test(text)) words.date = formatDate(text, lang);
    else if (name === 'service') words.service = model.serviceById.get(text)?.service.name ?? text;
  }
  return words;
}

/** Label of a fact path as the model reports it ('data.locations', 'evidence.ISO27001'). */
export function factLabel(path: string, t: Translate): string {
  return path.startsWith('evidence.')
    ? t('sovereignty.facts.evidenceEntry', { scheme: schemeName(path.slice('evidence.'.length), t) })
    : t(`sovereignty.facts.${path}`);
}

function countryList(codes: string, lang: Lang): string {
  return (
    codes
      .split(',')
      .map((c) => c.trim())
      .filter((c) => /^[A-Z]{2}$/.test(c))
      .map((c) => countryName(c, lang))
      .join(', ') || codes
  );
}
