import lunr from 'lunr';
import { SEARCH_FIELDS, SEARCH_FIELD_NAMES, type SearchDocument, type SearchField } from './search-document';
import { configureBuilder } from './search-pipeline';

/**
 * The full-text index in flat typed arrays. lunr analyses the text (our tokenizer, the Dutch and
 * English stemmers and stop words, configured on a lunr.Builder), computes the same BM25 weights as
 * `lunr.Builder#createFieldVectors` and gives the token set that fuzzy and wildcard words are
 * matched against. lunr's own index keeps an object per term, field and service plus a vector per
 * field and service: at 40,000 services that was ~280 MB of small objects on the JS heap, whose
 * garbage collection paused every request. Here the postings are four typed arrays outside the
 * heap, built without lunr's intermediate objects. test/unit/search/postings-index.test.ts proves
 * the weights equal lunr's.
 */
export interface PostingsIndex {
  readonly fields: readonly SearchField[];
  /** Service id per document number (the order documents were added in). */
  readonly refs: readonly string[];
  readonly documentNumber: ReadonlyMap<string, number>;
  /** Every index term, sorted as lunr sorts them (UTF-16 code units). */
  readonly terms: readonly string[];
  readonly termNumber: ReadonlyMap<string, number>;
  /** Postings of term t in field f: `offsets[t * fields + f]` up to `offsets[t * fields + f + 1]`. */
  readonly offsets: Uint32Array;
  /** Document numbers, ascending within each term and field. */
  readonly documents: Uint32Array;
  /** BM25 weight × field boost, rounded to 3 decimals as lunr stores it. */
  readonly weights: Float64Array;
  /** lunr's automaton over all terms, for wildcard and fuzzy matching. */
  readonly tokenSet: lunr.TokenSet;
}

/** In lunr, not in its type definitions. */
interface TokenSetFromArray {
  fromArray(sortedTerms: readonly string[]): lunr.TokenSet;
}

/** lunr's BM25 parameters (lunr.Builder defaults). */
const K1 = 1.2;
const B = 0.75;

/** A growing list of unsigned 32-bit integers in one typed array (doubling as it fills). */
class Uint32List {
  private data = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }

  at(index: number): number {
    return this.data[index];
  }
}

/** Fields per posting are packed with the term frequency: field in the low bits. */
const FIELD_BITS = 4;
const FIELD_MASK = (1 << FIELD_BITS) - 1;

/** Adds documents one at a time (so a large catalogue can be indexed in steps), then builds once. */
export class PostingsBuilder {
  private readonly fields = SEARCH_FIELD_NAMES;
  private readonly tokenizer: lunr.Builder['tokenizer'];
  private readonly pipeline: lunr.Pipeline;
  private readonly refs: string[] = [];
  private readonly termIds = new Map<string, number>();
  private readonly termTexts: string[] = [];
  /** One entry per term, field and document where the term occurs. */
  private readonly postingTerm = new Uint32List();
  private readonly postingDocument = new Uint32List();
  private readonly postingFieldAndFrequency = new Uint32List();
  /** Terms per field per document (after analysis, as lunr counts the field length). */
  private readonly fieldLengths = SEARCH_FIELD_NAMES.map(() => new Uint32List());

  constructor() {
    const analysis = new lunr.Builder();
    configureBuilder(analysis);
    this.tokenizer = analysis.tokenizer;
    this.pipeline = analysis.pipeline;
  }

  add(document: SearchDocument): void {
    const documentNumber = this.refs.length;
    this.refs.push(document.id);
    this.fields.forEach((field, f) => {
      const terms = this.pipeline.run(this.tokenizer(document[field]));
      this.fieldLengths[f].push(terms.length);
      const frequencies = new Map<string, number>();
      for (const token of terms) {
        const term = token.toString();
        frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
      }
      for (const [term, frequency] of frequencies) {
        let id = this.termIds.get(term);
        if (id === undefined) {
          id = this.termTexts.length;
          this.termIds.set(term, id);
          this.termTexts.push(term);
        }
        this.postingTerm.push(id);
        this.postingDocument.push(documentNumber);
        this.postingFieldAndFrequency.push((frequency << FIELD_BITS) | f);
      }
    });
  }

  build(): PostingsIndex {
    const fieldCount = this.fields.length;
    const documentCount = this.refs.length;
    const postingCount = this.postingTerm.length;
    const terms = [...this.termTexts].sort();
    const rank = new Uint32Array(terms.length);
    const termNumber = new Map<string, number>();
    terms.forEach((term, r) => {
      termNumber.set(term, r);
      rank[this.termIds.get(term) as number] = r;
    });

    // Counting sort by (term rank, field); postings were added in document order, so documents
    // stay ascending within each bucket. lunr's idf counts a term's (field, document) pairs.
    const offsets = new Uint32Array(terms.length * fieldCount + 1);
    const perTerm = new Uint32Array(terms.length);
    for (let i = 0; i < postingCount; i++) {
      const r = rank[this.postingTerm.at(i)];
      offsets[r * fieldCount + (this.postingFieldAndFrequency.at(i) & FIELD_MASK) + 1] += 1;
      perTerm[r] += 1;
    }
    for (let b = 1; b < offsets.length; b++) offsets[b] += offsets[b - 1];

    const averageLength = this.fieldLengths.map((lengths) => {
      let sum = 0;
      for (let d = 0; d < documentCount; d++) sum += lengths.at(d);
      return sum / documentCount;
    });
    const boosts = this.fields.map((field) => SEARCH_FIELDS[field]);
    const idf = Float64Array.from(perTerm, (withTerm) => {
      const x = (documentCount - withTerm + 0.5) / (withTerm + 0.5);
      return Math.log(1 + Math.abs(x));
    });

    const documents = new Uint32Array(postingCount);
    const weights = new Float64Array(postingCount);
    const cursor = offsets.slice(0, -1);
    for (let i = 0; i < postingCount; i++) {
      const r = rank[this.postingTerm.at(i)];
      const packed = this.postingFieldAndFrequency.at(i);
      const f = packed & FIELD_MASK;
      const frequency = packed >>> FIELD_BITS;
      const document = this.postingDocument.at(i);
      const fieldLength = this.fieldLengths[f].at(document);
      // The same operations in the same order as lunr.Builder#createFieldVectors.
      let score =
        (idf[r] * ((K1 + 1) * frequency)) / (K1 * (1 - B + B * (fieldLength / averageLength[f])) + frequency);
      score *= boosts[f];
      const at = cursor[r * fieldCount + f]++;
      documents[at] = document;
      weights[at] = Math.round(score * 1000) / 1000;
    }

    return {
      fields: this.fields,
      refs: this.refs,
      documentNumber: new Map(this.refs.map((ref, d) => [ref, d])),
      terms,
      termNumber,
      offsets,
      documents,
      weights,
      tokenSet: (lunr.TokenSet as unknown as TokenSetFromArray).fromArray(terms),
    };
  }
}
