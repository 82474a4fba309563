import type { Lang } from '../lang';
import type { ReadModel, ServiceEntry } from '../catalogue/read-model';
import { highlight, snippet, type Segment } from './highlight';
import { searchDocument, type SearchField } from './search-document';
import type { FieldPositions, Position } from './search.types';

/** What a result card shows of a search match. */
export interface SearchHighlights {
  name: Segment[];
  /** Summary in the page language (Dutch fallback), or the description where only it matched. */
  snippet: Segment[];
  /** Microsoft products this service replaces whose names matched ("Microsoft Teams (chat)"). */
  replaces: string[];
}

/** Builds the highlighted name and snippet of one search result from its match positions. */
export function searchHighlights(
  entry: ServiceEntry,
  model: ReadModel,
  positions: FieldPositions,
  lang: Lang,
): SearchHighlights {
  const doc = searchDocument(entry, model);
  const useEn = (field: 'summaryEn' | 'descriptionEn') => lang === 'en' && doc[field] !== '';
  const summary: SearchField = useEn('summaryEn') ? 'summaryEn' : 'summaryNl';
  const description: SearchField = useEn('descriptionEn') ? 'descriptionEn' : 'descriptionNl';
  const field = !positions[summary]?.length && positions[description]?.length ? description : summary;
  return {
    name: highlight(doc.name, positions.name),
    snippet: snippet(doc[field], positions[field]),
    replaces: matchedLines(doc.replaces, positions.replaces ?? []),
  };
}

/** The lines of a multi-line field that contain a match. */
export function matchedLines(text: string, positions: readonly Position[]): string[] {
  const lines: string[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const end = offset + line.length;
    if (positions.some(([s, l]) => s < end && s + l > offset)) lines.push(line);
    offset = end + 1;
  }
  return lines;
}
