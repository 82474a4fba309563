import { locateTerms, type IndexedDocuments } from './locate-matches';
import {
  expandTerm,
  matchedTerms,
  scoreExpansions,
  type Expansion,
  type SearchableIndex,
} from './score-terms';
import { SEARCH_FIELD_NAMES, type SearchField } from './search-document';
import type { FieldPositions, MatchMode, ParsedQuery, QueryTerm, SearchSuccess } from './search.types';

interface TermHits {
  expansions: Expansion[];
  scores: Map<string, number>;
}

/**
 * Fields an excluded word is looked for in. Not `replaces`: that is the catalogue's mapping to
 * Microsoft products, so "teams -microsoft" must keep the services that replace Microsoft Teams.
 */
const EXCLUSION_FIELDS = SEARCH_FIELD_NAMES.filter((f) => f !== 'replaces');

function termHits(index: SearchableIndex, term: QueryTerm, loose: boolean): TermHits {
  const expansions = expandTerm(index, term, loose);
  return {
    expansions,
    scores: scoreExpansions(index.postings, expansions, loose ? SEARCH_FIELD_NAMES : EXCLUSION_FIELDS),
  };
}

/**
 * Runs a parsed query. Each word is looked up on its own (both stems, fuzzy and compound parts),
 * and the sets are combined here: lunr's own REQUIRED handling gives up on a word as soon as its
 * first stem is missing from the index, which breaks side-by-side Dutch and English stems
 * (and its query runner is slow for broad words, see score-terms.ts).
 * Excluded words match exactly (no typos, no compound parts), so `-azure` removes only Azure.
 */
export function runSearch(
  index: SearchableIndex,
  documents: IndexedDocuments,
  query: ParsedQuery,
): SearchSuccess {
  const allIds = documents.ids;
  const required = query.terms.filter((t) => t.presence === 'required').map((t) => termHits(index, t, true));
  const plain = query.terms.filter((t) => t.presence === 'plain').map((t) => termHits(index, t, true));
  const excluded = new Set<string>();
  for (const t of query.terms.filter((t) => t.presence === 'prohibited')) {
    for (const id of termHits(index, t, false).scores.keys()) excluded.add(id);
  }

  const candidates = (mode: MatchMode): string[] => {
    const mustHave = mode === 'all' ? [...required, ...plain] : required;
    let ids: string[] = mustHave.length > 0 ? [...mustHave[0].scores.keys()] : [...allIds];
    for (const hits of mustHave.slice(1)) ids = ids.filter((id) => hits.scores.has(id));
    // Without +words, "any" still means at least one of the plain words.
    if (mode === 'any' && required.length === 0)
      ids = ids.filter((id) => plain.some((h) => h.scores.has(id)));
    return ids.filter((id) => !excluded.has(id));
  };

  let mode: MatchMode = 'all';
  let ids = candidates('all');
  if (ids.length === 0 && plain.length > (required.length > 0 ? 0 : 1)) {
    mode = 'any';
    ids = candidates('any');
  }

  const hitsOfWords = [...required, ...plain];
  const relevance = new Map<string, number>();
  for (const id of ids) {
    relevance.set(
      id,
      hitsOfWords.reduce((sum, hits) => sum + (hits.scores.get(id) ?? 0), 0),
    );
  }
  const positions = (id: string): FieldPositions => {
    if (!relevance.has(id)) return {};
    const terms = new Map<SearchField, Set<string>>();
    for (const hits of hitsOfWords) matchedTerms(index.postings, hits.expansions, id, terms);
    const document = documents.documentOf(id);
    return document ? locateTerms(document, terms) : {};
  };
  const words = (kind: (t: QueryTerm) => boolean): string[] => [
    ...new Set(query.terms.filter(kind).map((t) => t.text)),
  ];
  return {
    ok: true,
    relevance,
    positions,
    words: words((t) => t.presence !== 'prohibited'),
    excluded: words((t) => t.presence === 'prohibited'),
    ignored: query.ignored,
    mode,
    held: hitsOfWords.reduce((sum, hits) => sum + hits.scores.size, relevance.size),
  };
}
