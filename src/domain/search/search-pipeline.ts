import lunr from 'lunr';
import stemmerSupport from 'lunr-languages/lunr.stemmer.support';
import registerDutch from 'lunr-languages/lunr.nl';

/**
 * Text processing shared by indexing and querying. Dutch and English run side by side: every word
 * is indexed (and searched) under both its Dutch and its English stem. Chaining the two stemmers
 * (lunr.multiLanguage) feeds the output of one into the other, which breaks Dutch words.
 */

type PipelineFn = lunr.PipelineFunction & { label?: string };
type TokenFn = (token: lunr.Token) => lunr.Token | undefined;
interface DutchLanguage {
  trimmer: PipelineFn;
  stemmer: TokenFn;
  stopWordFilter: TokenFn;
}

stemmerSupport(lunr);
registerDutch(lunr);
const dutch = (lunr as unknown as { nl: DutchLanguage }).nl;

/** Splits on whitespace, hyphens, slashes and dashes ("vSphere/vCenter", "e-mail", "X – Y"). */
export const TOKEN_SEPARATOR = /[\s\-/\u2013\u2014]+/;

/** Removes diacritics, so "financiele" finds "financiële" and "cafe" finds "café". */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

const foldToken: PipelineFn = (token) => token.update((s) => foldAccents(s));

// A word that is a stop word in either language carries no meaning in a bilingual catalogue.
const isStopWord = (word: string): boolean =>
  !dutch.stopWordFilter(new lunr.Token(word, {})) || !lunr.stopWordFilter(new lunr.Token(word, {}));

const stopWords: PipelineFn = (token) => (isStopWord(token.toString()) ? null : token);

const bothStems: PipelineFn = (token) => {
  const nl = dutch.stemmer(token.clone()) ?? token;
  const en = lunr.stemmer(token.clone());
  return nl.toString() === en.toString() ? nl : [nl, en];
};

lunr.Pipeline.registerFunction(foldToken, 'cloudmarkt-fold-accents');
lunr.Pipeline.registerFunction(stopWords, 'cloudmarkt-stop-words-nl-en');
lunr.Pipeline.registerFunction(bothStems, 'cloudmarkt-stem-nl-en');

/** The same steps for documents and queries; the Dutch trimmer keeps accented letters. */
export const PIPELINE_STEPS: readonly PipelineFn[] = [dutch.trimmer, foldToken, stopWords, bothStems];

const queryPipeline = new lunr.Pipeline();
queryPipeline.add(...PIPELINE_STEPS);

/** Configures a builder: our tokenizer and the side-by-side pipeline for indexing and search. */
export function configureBuilder(builder: lunr.Builder): void {
  builder.tokenizer = Object.assign(tokenize, { separator: TOKEN_SEPARATOR });
  builder.pipeline.reset();
  builder.searchPipeline.reset();
  builder.pipeline.add(...PIPELINE_STEPS);
  builder.searchPipeline.add(...PIPELINE_STEPS);
  builder.metadataWhitelist = ['position'];
}

/** Like lunr.tokenizer (lower case, position metadata), with our separator. */
function tokenize(obj?: null | string | object | object[], metadata?: object): lunr.Token[] {
  if (obj === null || obj === undefined) return [];
  const text = String(obj);
  const lower = text.toLowerCase();
  const tokens: lunr.Token[] = [];
  const re = new RegExp(TOKEN_SEPARATOR.source, 'g');
  let start = 0;
  for (;;) {
    const match = re.exec(text);
    const end = match ? match.index : text.length;
    if (end > start) {
      tokens.push(
        new lunr.Token(lower.slice(start, end), {
          ...(metadata ?? {}),
          position: [start, end - start],
          index: tokens.length,
        }),
      );
    }
    if (!match) break;
    start = match.index + match[0].length;
  }
  return tokens;
}

/** Runs a query word through the search steps: folded, stop words dropped, both stems. */
export function queryStems(word: string): string[] {
  return [...new Set(queryPipeline.runString(word.toLowerCase()))];
}
