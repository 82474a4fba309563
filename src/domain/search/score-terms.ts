import lunr from 'lunr';
import type { PostingsIndex } from './postings-index';
import type { SearchField } from './search-document';
import type { QueryTerm } from './search.types';

/** The index plus every term spelt backwards and sorted, for suffix lookups. */
export interface SearchableIndex {
  postings: PostingsIndex;
  reversedTerms: string[];
}

interface TokenSetFactory {
  fromString(pattern: string): lunr.TokenSet;
  fromFuzzyString(term: string, editDistance: number): lunr.TokenSet;
}
const tokenSets = lunr.TokenSet as unknown as TokenSetFactory;

const reverse = (text: string): string => [...text].reverse().join('');

/**
 * Prepares a built index for searching. lunr's own query runner scores every match by a cosine
 * over the whole query vector, which grows with every fuzzy and wildcard expansion (hundreds of
 * milliseconds for a broad word at 10,000 services); summing the stored BM25 weights per expanded
 * term is linear in the matches. A leading wildcard (`*opslag`) would make lunr walk its whole
 * token set (about 70 ms at 40,000 terms); a binary search over the reversed terms takes microseconds.
 */
export function searchable(postings: PostingsIndex): SearchableIndex {
  return { postings, reversedTerms: postings.terms.map(reverse).sort() };
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
  const index = searchIndex.postings;
  const best = new Map<string, number>();
  const add = (terms: Iterable<string>, boost: number): void => {
    for (const term of terms) if ((best.get(term) ?? 0) < boost) best.set(term, boost);
  };
  const matching = (set: lunr.TokenSet): string[] => index.tokenSet.intersect(set).toArray();
  const known = word.stems.filter((stem) => index.termNumber.has(stem));

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
  index: PostingsIndex,
  expansions: readonly Expansion[],
  fields: readonly SearchField[],
): Map<string, number> {
  const scores = new Map<string, number>();
  const fieldNumbers = fields.map((field) => index.fields.indexOf(field));
  const fieldCount = index.fields.length;
  for (const { term, boost } of expansions) {
    const t = index.termNumber.get(term);
    if (t === undefined) continue;
    for (const f of fieldNumbers) {
      const end = index.offsets[t * fieldCount + f + 1];
      for (let at = index.offsets[t * fieldCount + f]; at < end; at++) {
        const ref = index.refs[index.documents[at]];
        scores.set(ref, (scores.get(ref) ?? 0) + boost * index.weights[at]);
      }
    }
  }
  return scores;
}

/** Index terms (per field) through which a word matched one service, for highlighting. */
export function matchedTerms(
  index: PostingsIndex,
  expansions: readonly Expansion[],
  ref: string,
  into: Map<SearchField, Set<string>>,
): void {
  const document = index.documentNumber.get(ref);
  if (document === undefined) return;
  const fieldCount = index.fields.length;
  for (const { term } of expansions) {
    const t = index.termNumber.get(term);
    if (t === undefined) continue;
    index.fields.forEach((field, f) => {
      if (!containsDocument(index, t * fieldCount + f, document)) return;
      let set = into.get(field);
      if (!set) into.set(field, (set = new Set()));
      set.add(term);
    });
  }
}

/** Binary search of one term-and-field bucket (documents ascending). */
function containsDocument(index: PostingsIndex, bucket: number, document: number): boolean {
  let low = index.offsets[bucket];
  let high = index.offsets[bucket + 1];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (index.documents[mid] < document) low = mid + 1;
    else high = mid;
  }
  return low < index.offsets[bucket + 1] && index.documents[low] === document;
}
