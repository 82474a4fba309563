import lunr from 'lunr';
import { collectTerms, locateTerms, type IndexedDocuments, type Metadata } from './locate-matches';
import { SEARCH_FIELD_NAMES, type SearchField } from './search-document';
import type { FieldPositions, MatchMode, ParsedQuery, QueryTerm, SearchSuccess } from './search.types';

/** Fuzziness grows with word length: short words would match too much. */
export function defaultEditDistance(stem: string): number {
  if (stem.length >= 8) return 2;
  if (stem.length >= 5) return 1;
  return 0;
}

/** Dutch compounds: "opslag" finds "opslagdiensten" (prefix) and "bestandsopslag" (suffix). */
const PREFIX_MIN = 4;
const SUFFIX_MIN = 5;
/** An exact stem outranks a compound part, which outranks a typo. */
const EXACT_BOOST = 10;
const PART_BOOST = 2;
const FUZZY_BOOST = 1;

interface TermHits {
  scores: Map<string, number>;
  metadata: Map<string, Metadata>;
}

/**
 * Fields an excluded word is looked for in. Not `replaces`: that is the catalogue's mapping to
 * Microsoft products, so "teams -microsoft" must keep the services that replace Microsoft Teams.
 */
const EXCLUSION_FIELDS = SEARCH_FIELD_NAMES.filter((f) => f !== 'replaces');

function termHits(index: lunr.Index, term: QueryTerm, loose: boolean): TermHits {
  const results = index.query((q) => {
    for (const stem of term.stems) {
      const boost = term.boost;
      const exact = {
        usePipeline: false,
        boost: EXACT_BOOST * boost,
        ...(loose ? {} : { fields: EXCLUSION_FIELDS }),
      };
      q.term(stem, exact);
      if (term.wildcard) continue;
      const distance = term.editDistance ?? (loose ? defaultEditDistance(stem) : 0);
      if (distance > 0)
        q.term(stem, { usePipeline: false, editDistance: distance, boost: FUZZY_BOOST * boost });
      if (!loose) continue;
      if (stem.length >= PREFIX_MIN) {
        q.term(stem, {
          usePipeline: false,
          wildcard: lunr.Query.wildcard.TRAILING,
          boost: PART_BOOST * boost,
        });
      }
      if (stem.length >= SUFFIX_MIN) {
        q.term(stem, {
          usePipeline: false,
          wildcard: lunr.Query.wildcard.LEADING,
          boost: PART_BOOST * boost,
        });
      }
    }
  });
  const hits: TermHits = { scores: new Map(), metadata: new Map() };
  for (const r of results) {
    hits.scores.set(r.ref, r.score);
    hits.metadata.set(r.ref, r.matchData.metadata);
  }
  return hits;
}

/**
 * Runs a parsed query. Each word is looked up on its own (both stems, fuzzy and compound parts),
 * and the sets are combined here: lunr's own REQUIRED handling gives up on a word as soon as its
 * first stem is missing from the index, which breaks side-by-side Dutch and English stems.
 * Excluded words match exactly (no typos, no compound parts), so `-azure` removes only Azure.
 */
export function runSearch(index: lunr.Index, documents: IndexedDocuments, query: ParsedQuery): SearchSuccess {
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
    for (const hits of hitsOfWords) collectTerms(hits.metadata.get(id), terms);
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
  };
}
