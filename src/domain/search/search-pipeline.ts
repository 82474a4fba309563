import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support';
import registerDutch from 'lunr-languages/lunr.nl';

/**
 * Text processing shared by indexing, querying and highlighting. Dutch and English run side by
 * side: every word is indexed (and searched) under both its Dutch and its English stem. Chaining
 * the two stemmers (lunr.multiLanguage) feeds the output of one into the other, which breaks Dutch
 * words.
 */

type TokenFn = (token: lunr.Token) => lunr.Token | undefined;
interface DutchLanguage {
  trimmer: TokenFn;
  stemmer: TokenFn;
  stopWordFilter: TokenFn;
}

stemmerSupport(lunr);
registerDutch(lunr);
const dutch = (lunr as unknown as { nl: DutchLanguage }).nl;

/** Removes diacritics, so "financiele" finds "financiële" and "cafe" finds "café". */
export function foldAccents(text: string): string {
  return /[\u0080-\uffff]/.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text;
}

const apply = (fn: TokenFn, word: string): string | undefined => fn(new lunr.Token(word, {}))?.toString();

/**
 * One lower-case word as it goes into the index: trimmed of punctuation (the Dutch trimmer keeps
 * accented letters), accents folded, dropped when it is a stop word in either language (it carries
 * no meaning in a bilingual catalogue), then its Dutch and English stems.
 */
export function analyzeWord(word: string): string[] {
  const trimmed = apply(dutch.trimmer, word);
  if (!trimmed) return [];
  const folded = foldAccents(trimmed);
  if (!apply(dutch.stopWordFilter, folded) || !apply(lunr.stopWordFilter, folded)) return [];
  const nl = apply(dutch.stemmer, folded) ?? folded;
  const en = apply(lunr.stemmer, folded) ?? folded;
  return nl === en ? [nl] : [nl, en];
}

/**
 * The pipeline step for index builds. Words repeat a lot across a catalogue, so each build keeps
 * its own cache; queries use analyzeWord uncached, so no user input can grow a shared cache.
 */
function cachedAnalyzer(): lunr.PipelineFunction {
  const cache = new Map<string, string[]>();
  return (token) => {
    const word = token.toString();
    let stems = cache.get(word);
    if (!stems) {
      stems = analyzeWord(word);
      cache.set(word, stems);
    }
    if (stems.length === 0) return null;
    if (stems.length === 1) return token.update(() => stems[0]);
    return stems.map((stem) => token.clone(() => stem));
  };
}

const ANALYZER_LABEL = 'cloudmarkt-analyze-nl-en';
// lunr warns about unregistered steps; each build's cached step carries this registered label.
lunr.Pipeline.registerFunction(cachedAnalyzer(), ANALYZER_LABEL);

/** Configures a builder: our tokenizer and the side-by-side analysis for indexing and search. */
export function configureBuilder(builder: lunr.Builder): void {
  const analyzer = Object.assign(cachedAnalyzer(), { label: ANALYZER_LABEL });
  builder.tokenizer = Object.assign(tokenize, { separator: TOKEN_SEPARATOR });
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.pipeline.add(analyzer);
  // Query words are analysed before they reach lunr (see queryStems), so lunr's step is empty.
  builder.metadataWhitelist = [];
}

/** Splits on whitespace, hyphens, slashes and dashes ("vSphere/vCenter", "e-mail", "X – Y"). */
export const TOKEN_SEPARATOR = /[\s\-/\u2013\u2014]+/;

// Hyphens, slashes, dashes and every character that /\s/ matches (what TOKEN_SEPARATOR says).
const SEPARATORS = new Set(
  [...'-/\u2013\u2014\u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff']
    .map((c) => c.charCodeAt(0))
    .concat(Array.from({ length: 11 }, (_, i) => 0x2000 + i)),
);
const isSeparator = (code: number): boolean => code <= 32 || SEPARATORS.has(code);

/** A word of a text with where it stands: [start, length] in UTF-16 code units. */
export interface TextWord {
  word: string;
  start: number;
  length: number;
}

/** Splits text into lower-case words with their positions (a plain loop: it runs per word). */
export function splitWords(text: string): TextWord[] {
  const words: TextWord[] = [];
  let start = 0;
  for (let end = 0; end <= text.length; end++) {
    if (end < text.length && !isSeparator(text.charCodeAt(end))) continue;
    // Lower-cased per word, so a letter that lengthens in lower case cannot shift later positions.
    if (end > start) words.push({ word: text.slice(start, end).toLowerCase(), start, length: end - start });
    start = end + 1;
  }
  return words;
}

function tokenize(obj?: null | string | object | object[], metadata?: object): lunr.Token[] {
  if (obj === null || obj === undefined) return [];
  return splitWords(String(obj)).map((w) => new lunr.Token(w.word, { ...metadata }));
}

/** The index terms of one query word: both stems, or none for a stop word. */
export function queryStems(word: string): string[] {
  return analyzeWord(word.toLowerCase());
}
