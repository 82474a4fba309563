import lunr from 'lunr';
import type { SearchField } from './search-document';
import type { QueryTerm } from './search.types';

/**
 * The parts of a built lunr index this module reads. lunr's own query runner scores every match
 * by a cosine over the whole query vector, which grows with every fuzzy and wildcard expansion:
 * a broad word took hundreds of milliseconds at 10,000 services. Summing the index's stored BM25
 * weights per expanded term is linear in the matches. lunr 2.3.9 is the last 2.x release, so these
 * internals do not move.
 */
export interface IndexInternals {
  invertedIndex: Record<string, Posting>;
  fieldVectors: Record<string, { elements: number[]; positionForIndex(index: number): number }>;
  tokenSet: lunr.TokenSet;
}

/** The index plus every term spelt backwards and sorted, for suffix lookups. */
export interface SearchableIndex {
  internals: IndexInternals;
  reversedTerms: string[];
}
type Posting = { _index: number } & Partial<Record<SearchField, Record<string, unknown>>>;

interface TokenSetFactory {
  fromString(pattern: string): lunr.TokenSet;
  fromFuzzyString(term: string, editDistance: number): lunr.TokenSet;
}
const tokenSets = lunr.TokenSet as unknown as TokenSetFactory;

const reverse = (text: string): string => [...text].reverse().join('');

/**
 * Prepares a built index for searching. A leading wildcard (`*opslag`) makes lunr walk its whole
 * token set (about 70 ms at 40,000 terms); a binary search over the reversed terms takes microseconds.
 */
export function searchable(index: lunr.Index): SearchableIndex {
  const internals = index as unknown as IndexInternals;
  shareEmptyMetadata(internals);
  return { internals, reversedTerms: Object.keys(internals.invertedIndex).map(reverse).sort() };
}

const NO_METADATA = Object.freeze(Object.create(null) as object);

/**
 * lunr keeps a metadata object per term, field and service even when no metadata is kept (match
 * positions are recomputed for the results shown instead). One shared empty object in their place
 * saves much of the index's memory at G-Cloud scale.
 */
function shareEmptyMetadata(internals: IndexInternals): void {
  for (const term in internals.invertedIndex) {
    const posting = internals.invertedIndex[term] as unknown as Record<
      string,
      Record<string, object> | number
    >;
    for (const field in posting) {
      const docs = posting[field];
      if (typeof docs !== 'object') continue;
      for (const ref in docs) docs[ref] = NO_METADATA;
    }
  }
}

/** Terms ending in `suffix` (including the suffix itself). */
function termsEndingWith(reversedTerms: readonly string[], suffix: string): string[] {
  const key = reverse(suffix);
  let low = 0;
  let high = reversedTerms.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (reversedTerms[mid] < key) low = mid + 1;
    else high = mid;
  }
  const found: string[] = [];
  for (let i = low; i < reversedTerms.length && reversedTerms[i].startsWith(key); i++) {
    found.push(reverse(reversedTerms[i]));
  }
  return found;
}

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

/** An index term a query word matched, weighted by how it matched. */
export interface Expansion {
  term: string;
  boost: number;
}

/**
 * The index terms one query word stands for. `loose` adds compound parts and, only when no stem
 * of the word is in the index (so it is probably misspelt), terms within the edit distance.
 */
export function expandTerm(searchIndex: SearchableIndex, word: QueryTerm, loose: boolean): Expansion[] {
  const index = searchIndex.internals;
  const best = new Map<string, number>();
  const add = (terms: Iterable<string>, boost: number): void => {
    for (const term of terms) if ((best.get(term) ?? 0) < boost) best.set(term, boost);
  };
  const matching = (set: lunr.TokenSet): string[] => index.tokenSet.intersect(set).toArray();
  const known = word.stems.filter((stem) => stem in index.invertedIndex);

  for (const stem of word.stems) {
    const boost = word.boost;
    if (word.wildcard) {
      add(matching(tokenSets.fromString(stem)), EXACT_BOOST * boost);
      continue;
    }
    add(known.includes(stem) ? [stem] : [], EXACT_BOOST * boost);
    const distance = word.editDistance ?? (loose && known.length === 0 ? defaultEditDistance(stem) : 0);
    if (distance > 0) add(matching(tokenSets.fromFuzzyString(stem, distance)), FUZZY_BOOST * boost);
    if (!loose) continue;
    if (stem.length >= PREFIX_MIN) add(matching(tokenSets.fromString(`${stem}*`)), PART_BOOST * boost);
    if (stem.length >= SUFFIX_MIN) add(termsEndingWith(searchIndex.reversedTerms, stem), PART_BOOST * boost);
  }
  return [...best].map(([term, boost]) => ({ term, boost }));
}

/** Score per service: the sum of boost × stored weight (BM25 with field boost) of each expanded term. */
export function scoreExpansions(
  index: IndexInternals,
  expansions: readonly Expansion[],
  fields: readonly SearchField[],
): Map<string, number> {
  const scores = new Map<string, number>();
  for (const { term, boost } of expansions) {
    const posting = index.invertedIndex[term];
    for (const field of fields) {
      const docs = posting[field];
      if (!docs) continue;
      for (const ref in docs) {
        const weight = weightOf(index.fieldVectors[`${field}/${ref}`], posting._index);
        scores.set(ref, (scores.get(ref) ?? 0) + boost * weight);
      }
    }
  }
  return scores;
}

/** Index terms (per field) through which a word matched one service, for highlighting. */
export function matchedTerms(
  index: IndexInternals,
  expansions: readonly Expansion[],
  ref: string,
  into: Map<SearchField, Set<string>>,
): void {
  for (const { term } of expansions) {
    const posting = index.invertedIndex[term];
    for (const field of Object.keys(posting) as (SearchField | '_index')[]) {
      if (field === '_index' || !posting[field]?.[ref]) continue;
      let set = into.get(field);
      if (!set) into.set(field, (set = new Set()));
      set.add(term);
    }
  }
}

function weightOf(vector: IndexInternals['fieldVectors'][string] | undefined, termIndex: number): number {
  if (!vector) return 0;
  const position = vector.positionForIndex(termIndex);
  return vector.elements[position] === termIndex ? (vector.elements[position + 1] ?? 0) : 0;
}
