import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import request from 'supertest';
import type { CatalogueDocument } from '../../../src/domain/catalogue.types';
import { createTestApp, referenceCatalogue, type TestApp } from '../../support/test-app';

const DOCUMENT_ID = 'https://cloudmarkt.test/openapi.json';

/** JSON pointer segment, URI-encoded for use in a fragment. */
function segment(text: string): string {
  return encodeURIComponent(text.replace(/~/g, '~0').replace(/\//g, '~1'));
}

/**
 * Checks actual responses against the response schemas of an OpenAPI document, exactly as the
 * document states them (a path's `responses.<status>.content.application/json.schema`).
 */
export function responseChecker(document: object): (path: string, status: number, body: unknown) => string[] {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  const compiled = new Map<string, ValidateFunction>();
  return (path, status, body) => {
    const pointer = [
      'paths',
      path,
      'get',
      'responses',
      String(status),
      'content',
      'application/json',
      'schema',
    ]
      .map(segment)
      .join('/');
    const key = `${DOCUMENT_ID}#/${pointer}`;
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.getSchema(key);
      if (!validate) throw new Error(`no response schema at ${key}`);
      compiled.set(key, validate);
    }
    return validate(body) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
  };
}

/** A small RFC 4180 reader (quotes, doubled quotes, newlines inside quotes), independent of the writer. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export interface ApiApp {
  t: TestApp;
  doc: CatalogueDocument;
  /** Problems of a response against its schema in the app's own OpenAPI description (none: []). */
  check: (path: string, status: number, body: unknown) => string[];
  /** A GET that must answer JSON with this status. */
  get: (url: string, status: number) => request.Test;
}

/** The app over the reference catalogue, with its OpenAPI response checker; set up before the suite's tests. */
export function useApiApp(): ApiApp {
  const api = {} as ApiApp;
  beforeAll(async () => {
    api.doc = referenceCatalogue();
    api.t = await createTestApp({ document: api.doc });
    const openapi = await request(api.t.app).get('/api/v1/openapi.json').expect(200);
    api.check = responseChecker(openapi.body as object);
    api.get = (url, status) =>
      request(api.t.app)
        .get(url)
        .expect('Content-Type', /application\/json/)
        .expect(status);
  });
  return api;
}
