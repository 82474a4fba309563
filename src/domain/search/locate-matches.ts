import type { SearchDocument, SearchField } from './search-document';
import { analyzeWord, splitWords, type TextWord } from './search-pipeline';
import type { FieldPositions, Position } from './search.types';

/** What the search needs of the indexed documents besides the index itself. */
export interface IndexedDocuments {
  ids: readonly string[];
  /** The indexed text of a service (recomputed on demand rather than held for every service). */
  documentOf(id: string): SearchDocument | undefined;
}

/**
 * Positions of the matched index terms in each field's text: the text is split and analysed the
 * way it was indexed. Doing this for the shown results only keeps positions out of the index,
 * which would otherwise take about 40% more memory.
 */
export function locateTerms(document: SearchDocument, terms: Map<SearchField, Set<string>>): FieldPositions {
  const found: FieldPositions = {};
  for (const [field, wanted] of terms) {
    const list: Position[] = [];
    for (const w of splitWords(document[field])) {
      if (analyzeWord(w.word).some((stem) => wanted.has(stem))) list.push(trimToWord(w));
    }
    if (list.length > 0) found[field] = mergePositions(list);
  }
  return found;
}

/** Leaves punctuation around a word ("(vSAN),") out of the marked range. */
function trimToWord(w: TextWord): Position {
  const first = w.word.search(/[\p{L}\p{N}]/u);
  if (first === -1) return [w.start, w.length];
  const last =
    w.word.length -
    [...w.word]
      .reverse()
      .join('')
      .search(/[\p{L}\p{N}]/u);
  return [w.start + first, last - first];
}

/** Sorts ranges and merges those that overlap or touch. */
export function mergePositions(list: readonly Position[]): Position[] {
  const sorted = [...list].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out: [number, number][] = [];
  for (const [start, length] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[0] + last[1]) last[1] = Math.max(last[1], start + length - last[0]);
    else out.push([start, length]);
  }
  return out;
}
