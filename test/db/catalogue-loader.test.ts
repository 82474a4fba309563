import fs from 'node:fs';
import { validateCatalogue, type CatalogueError } from '../../src/services/catalogue/catalogue-loader';
import { REFERENCE_CATALOGUE_FILE } from '../../seeds/seed-reference-catalogue';
import {
  makeCapability,
  makeCategory,
  makeDocument,
  makeProvider,
  makeService,
} from '../support/catalogue-factory';

function errorsOf(input: unknown): CatalogueError[] {
  const result = validateCatalogue(input);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.errors;
}

function paths(input: unknown): string[] {
  return errorsOf(input).map((e) => e.path);
}

describe('validateCatalogue', () => {
  it('accepts the reference catalogue and a minimal factory document', () => {
    const reference: unknown = JSON.parse(fs.readFileSync(REFERENCE_CATALOGUE_FILE, 'utf8'));
    expect(validateCatalogue(reference)).toEqual({ ok: true, document: reference });
    expect(validateCatalogue(makeDocument()).ok).toBe(true);
  });

  it('rejects what is not a catalogue at all', () => {
    expect(paths([])).toEqual(['/']);
    expect(paths({ schemaVersion: 1 })).toEqual(
      expect.arrayContaining(['/categories', '/capabilities', '/providers', '/services']),
    );
  });

  it('names the path of schema errors: missing, unknown, wrongly typed and malformed values', () => {
    const document = makeDocument({
      services: [
        makeService({ id: 'a', name: '' }),
        { ...makeService({ id: 'b' }), serviceModel: 'cloud' as never },
        { ...makeService({ id: 'c' }), colour: 'blue' } as never,
        makeService({ id: 'd', data: { locations: { value: ['nl'] } } }),
        makeService({ id: 'e', website: 'not a url' }),
      ],
    });
    delete (document.services[0] as Partial<(typeof document.services)[0]>).summary;
    const errors = errorsOf(document);
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: '/services/0/summary', message: 'is required' },
        expect.objectContaining({ path: '/services/0/name' }),
        { path: '/services/1/serviceModel', message: expect.stringContaining('iaas, paas, saas, software') },
        { path: '/services/2/colour', message: 'is not an allowed property' },
        expect.objectContaining({ path: '/services/3/data/locations/value/0' }),
        expect.objectContaining({ path: '/services/4/website' }),
      ]),
    );
    expect(errors).toHaveLength(6);
  });

  it.each(['categories', 'capabilities', 'providers', 'services'] as const)(
    'rejects a duplicate id among %s',
    (kind) => {
      const document = makeDocument({
        categories: [makeCategory(), makeCategory({ id: 'other-category' })],
        capabilities: [makeCapability(), makeCapability({ id: 'other-capability' })],
        providers: [makeProvider(), makeProvider({ id: 'other-provider' })],
        services: [makeService(), makeService({ id: 'other-service' })],
      });
      (document[kind][1] as { id: string }).id = document[kind][0].id;
      expect(errorsOf(document)).toEqual([
        { path: `/${kind}/1/id`, message: expect.stringContaining(`/${kind}/0`) },
      ]);
    },
  );

  it('rejects unknown provider, category, capability and runsOn ids, each at its own path', () => {
    const document = makeDocument({
      services: [
        makeService({ id: 'a', providerId: 'nobody' }),
        makeService({ id: 'b', categories: ['test-category', 'no-such-category'] }),
        makeService({ id: 'c', capabilities: ['no-such-capability'] }),
        makeService({ id: 'd', runsOn: ['a', 'no-such-service'] }),
      ],
    });
    expect(errorsOf(document)).toEqual([
      { path: '/services/0/providerId', message: 'unknown provider "nobody"' },
      { path: '/services/1/categories/1', message: 'unknown category "no-such-category"' },
      { path: '/services/2/capabilities/0', message: 'unknown capability "no-such-capability"' },
      { path: '/services/3/runsOn/1', message: 'unknown service "no-such-service"' },
    ]);
  });

  it('rejects a service that runs on itself', () => {
    const document = makeDocument({ services: [makeService({ id: 'a', runsOn: ['a'] })] });
    expect(errorsOf(document)).toEqual([
      { path: '/services/0/runsOn/0', message: 'service "a" cannot run on itself' },
    ]);
  });

  it('rejects a runsOn cycle and names it, but accepts a chain and a diamond', () => {
    const cycle = makeDocument({
      services: [
        makeService({ id: 'a', runsOn: ['b'] }),
        makeService({ id: 'b', runsOn: ['c'] }),
        makeService({ id: 'c', runsOn: ['a'] }),
        makeService({ id: 'd', runsOn: ['a'] }),
      ],
    });
    expect(errorsOf(cycle)).toEqual([
      { path: '/services/2/runsOn/0', message: 'runsOn cycle: a → b → c → a' },
    ]);

    const diamond = makeDocument({
      services: [
        makeService({ id: 'top', runsOn: ['left', 'right'] }),
        makeService({ id: 'left', runsOn: ['bottom'] }),
        makeService({ id: 'right', runsOn: ['bottom'] }),
        makeService({ id: 'bottom' }),
      ],
    });
    expect(validateCatalogue(diamond).ok).toBe(true);
  });

  it('reports every error of a document, schema and references together', () => {
    const document = makeDocument({
      services: [
        makeService({ id: 'a', providerId: 'nobody', serviceModel: 'x' as never }),
        makeService({ id: 'a', categories: ['nowhere'] }),
      ],
    });
    expect(paths(document).sort()).toEqual([
      '/services/0/providerId',
      '/services/0/serviceModel',
      '/services/1/categories/0',
      '/services/1/id',
    ]);
  });
});
