import type { Translate } from '../../i18n/i18n';

/** A label inside a sentence: "Opzegtermijn" → "opzegtermijn", but "SLA" and "PUE" stay as they are. */
export function inSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

export interface UnknownLineView {
  /** Fact paths or comparison row ids, for tests and anchors. */
  ids: string[];
  text: string;
}

/**
 * Facts the catalogue does not have, named in one line ("Niet in de catalogus: opzegtermijn,
 * minimale looptijd — vraag het de aanbieder."); undefined when none is missing.
 */
export function unknownLine(
  missing: { id: string; label: string }[],
  t: Translate,
): UnknownLineView | undefined {
  if (!missing.length) return undefined;
  return {
    ids: missing.map((m) => m.id),
    text: t('facts.notInCatalogue', { facts: missing.map((m) => inSentence(m.label)).join(', ') }),
  };
}
