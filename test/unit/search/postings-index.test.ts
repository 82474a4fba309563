import lunr from 'lunr';
import { PostingsBuilder, type PostingsIndex } from '../../../src/domain/search/postings-index';
import {
  SEARCH_FIELDS,
  SEARCH_FIELD_NAMES,
  searchDocument,
  type SearchDocument,
} from '../../../src/domain/search/search-document';
import { configureBuilder } from '../../../src/domain/search/search-pipeline';
import { buildReadModel } from '../../../src/domain/catalogue/read-model';
import { generateCatalogue } from '../../../scripts/generate-catalogue';
import { referenceDocument } from '../../support/db/reference-document';
import { REFERENCE_ASSESSMENT_DATE } from '../../support/catalogue-factory';

/** What lunr itself builds from the same documents: the reference the compact index must equal. */
interface LunrInternals {
  invertedIndex: Record<string, Record<string, Record<string, unknown>>>;
  fieldVectors: Record<string, { elements: number[] }>;
}

function lunrIndex(documents: SearchDocument[]): LunrInternals {
  const builder = new lunr.Builder();
  configureBuilder(builder);
  builder.ref('id');
  for (const field of SEARCH_FIELD_NAMES) builder.field(field, { boost: SEARCH_FIELDS[field] });
  for (const document of documents) builder.add(document);
  return builder.build() as unknown as LunrInternals;
}

function compactIndex(documents: SearchDocument[]): PostingsIndex {
  const builder = new PostingsBuilder();
  for (const document of documents) builder.add(document);
  return builder.build();
}

/** ref → weight of one term in one field, read from lunr's field vectors. */
function lunrPostings(lunrIdx: LunrInternals, term: string, field: string): Map<string, number> {
  const termIndex = lunrIdx.invertedIndex[term]._index as unknown as number;
  const out = new Map<string, number>();
  for (const ref of Object.keys(lunrIdx.invertedIndex[term][field] ?? {})) {
    const elements = lunrIdx.fieldVectors[`${field}/${ref}`].elements;
    const at = elements.findIndex((value, i) => i % 2 === 0 && value === termIndex);
    out.set(ref, elements[at + 1]);
  }
  return out;
}

function compactPostings(index: PostingsIndex, term: string, field: string): Map<string, number> {
  const t = index.termNumber.get(term) as number;
  const bucket = t * index.fields.length + index.fields.indexOf(field as never);
  const out = new Map<string, number>();
  for (let at = index.offsets[bucket]; at < index.offsets[bucket + 1]; at++)
    out.set(index.refs[index.documents[at]], index.weights[at]);
  return out;
}

describe('PostingsIndex', () => {
  const reference = buildReadModel(referenceDocument(), REFERENCE_ASSESSMENT_DATE);
  const generated = buildReadModel(generateCatalogue(250, 11), REFERENCE_ASSESSMENT_DATE);

  it.each([
    ['the reference catalogue', reference],
    ['a generated catalogue of 250 services', generated],
  ])('has exactly lunr’s terms, postings and BM25 weights for %s', (_name, model) => {
    const documents = model.services.map((entry) => searchDocument(entry, model));
    const expected = lunrIndex(documents);
    const actual = compactIndex(documents);

    expect(actual.terms).toEqual(Object.keys(expected.invertedIndex).sort());
    expect(actual.refs).toEqual(documents.map((d) => d.id));
    let compared = 0;
    for (const term of actual.terms) {
      for (const field of SEARCH_FIELD_NAMES) {
        const want = lunrPostings(expected, term, field);
        expect(compactPostings(actual, term, field)).toEqual(want);
        compared += want.size;
      }
    }
    // Not a vacuous comparison: thousands of (term, field, service) weights.
    expect(compared).toBeGreaterThan(1000);
  });

  it('keeps documents ascending within each term and field (highlighting binary-searches them)', () => {
    const documents = generated.services.map((entry) => searchDocument(entry, generated));
    const index = compactIndex(documents);
    for (let bucket = 0; bucket + 1 < index.offsets.length; bucket++) {
      for (let at = index.offsets[bucket] + 1; at < index.offsets[bucket + 1]; at++)
        expect(index.documents[at]).toBeGreaterThan(index.documents[at - 1]);
    }
  });

  it('builds an empty index from no documents', () => {
    const index = compactIndex([]);
    expect(index.terms).toEqual([]);
    expect(index.documents).toHaveLength(0);
    expect(index.tokenSet.toArray()).toEqual([]);
  });
});
