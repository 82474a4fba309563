import type { Segment } from '../../domain/search/highlight';
import { searchHighlights } from '../../domain/search/search-highlights';
import type { SearchSuccess } from '../../domain/search/search.types';
import type { Lang, Translate } from '../../i18n/i18n';
import type { ReadModel, ServiceEntry } from '../../domain/catalogue/read-model';

/**
 * A result card's search highlights. Segments hold raw text; the card template prints them with
 * `<%= %>` and wraps marked ones in `<mark>`, so nothing from the catalogue is ever raw HTML.
 */
export interface SearchHighlightView {
  name: Segment[];
  snippet: Segment[];
  /** "Alternatief voor Microsoft Teams (chat)" when a replaced product's name matched. */
  replaces?: string;
}

export function presentSearchHighlight(
  entry: ServiceEntry,
  model: ReadModel,
  outcome: SearchSuccess,
  t: Translate,
  lang: Lang,
): SearchHighlightView {
  const found = searchHighlights(entry, model, outcome.positions(entry.service.id), lang);
  return {
    name: found.name,
    snippet: found.snippet,
    ...(found.replaces.length > 0
      ? { replaces: t('search.result.replaces', { products: found.replaces.join(', ') }) }
      : {}),
  };
}

/** Notes on how the words were searched: none had them all, or some were too common to search. */
export function presentSearchNotes(outcome: SearchSuccess, t: Translate): string[] {
  const notes: string[] = [];
  if (outcome.mode === 'any' && outcome.relevance.size > 0) notes.push(t('search.summary.anyMode'));
  if (outcome.ignored.length > 0) {
    notes.push(t('search.summary.ignored', { words: outcome.ignored.map((w) => `‘${w}’`).join(', ') }));
  }
  return notes;
}
