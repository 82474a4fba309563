import request from 'supertest';
import { knownParameters } from '../../../src/validators/filter-query';
import { PROVIDER_LIST_PARAMETERS } from '../../../src/validators/provider-list-query';
import { createTestApp, type TestApp } from '../../support/test-app';

interface SchemaObject {
  required?: string[];
  properties: Record<string, { $ref?: string; enum?: string[]; description?: string }>;
}

interface OpenApi {
  openapi: string;
  servers: { url: string }[];
  components: { schemas: Record<string, SchemaObject> };
  paths: Record<string, { get: { parameters: { name: string }[]; responses: Record<string, unknown> } }>;
}

describe('GET /api/v1/openapi.json', () => {
  let t: TestApp;
  let doc: OpenApi;

  beforeAll(async () => {
    t = await createTestApp({ env: { PUBLIC_BASE_URL: 'https://cloudmarkt.example' } });
    doc = (await request(t.app).get('/api/v1/openapi.json').expect(200)).body as OpenApi;
  });

  it('is a valid OpenAPI 3.1 document according to an OpenAPI validator', async () => {
    const { Validator } = await import('@seriousme/openapi-schema-validator');
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc) as unknown as Record<string, unknown>);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    // Every $ref resolves (resolveRefs throws on a dangling one).
    expect(() => validator.resolveRefs()).not.toThrow();
  });

  it('is rejected by the validator when broken (the check can fail)', async () => {
    const { Validator } = await import('@seriousme/openapi-schema-validator');
    const broken = structuredClone(doc) as unknown as {
      paths: Record<string, { get: { responses?: unknown } }>;
    };
    broken.paths['/api/v1/services'].get.responses = 'none';
    expect((await new Validator().validate(broken as Record<string, unknown>)).valid).toBe(false);
  });

  it('describes every endpoint, on the configured public address', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([{ url: 'https://cloudmarkt.example' }]);
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/v1/capabilities',
        '/api/v1/catalogue',
        '/api/v1/categories',
        '/api/v1/changes',
        '/api/v1/openapi.json',
        '/api/v1/providers',
        '/api/v1/providers/{id}',
        '/api/v1/services',
        '/api/v1/services/{id}',
        '/api/v1/services/facets/{facet}',
        '/api/v1/solutions',
      ].sort(),
    );
    expect(Object.keys(doc.paths['/api/v1/services/{id}'].get.responses)).toEqual(
      expect.arrayContaining(['200', '400', '404', '429']),
    );
  });

  it('documents exactly the parameters the list parser accepts', () => {
    const names = doc.paths['/api/v1/services'].get.parameters.map((p) => p.name);
    expect(names.sort()).toEqual(knownParameters().sort());
  });

  it('documents exactly the parameters the provider list accepts', () => {
    const names = doc.paths['/api/v1/providers'].get.parameters.map((p) => p.name);
    expect(names.sort()).toEqual([...PROVIDER_LIST_PARAMETERS].sort());
  });

  it('documents the changes endpoint with the list filters but search and sort, plus since', () => {
    const names = doc.paths['/api/v1/changes'].get.parameters.map((p) => p.name);
    const expected = [...knownParameters().filter((n) => n !== 'q' && n !== 'sort'), 'since'];
    expect(names.sort()).toEqual(expected.sort());
  });

  it('names the view of every level: the view of a list, and the checked-only view next to the default', () => {
    const { ServiceList, ServiceItem, ServiceDetail } = doc.components.schemas;
    expect(ServiceList.required).toContain('view');
    expect(ServiceList.properties.view.enum).toEqual(['default', 'checked-only']);
    expect(ServiceList.properties.view.description).toMatch(/checked=true/);
    expect(ServiceItem.required).toEqual(expect.arrayContaining(['sovereignty', 'sovereigntyCheckedOnly']));
    expect(ServiceItem.properties.sovereigntyCheckedOnly.$ref).toBe(
      '#/components/schemas/SovereigntySummary',
    );
    expect(ServiceDetail.required).toEqual(expect.arrayContaining(['assessment', 'assessmentCheckedOnly']));
    expect(ServiceDetail.properties.assessmentCheckedOnly.$ref).toBe('#/components/schemas/Assessment');
    expect(ServiceDetail.properties.assessmentCheckedOnly.description).toMatch(/checked/);
  });
});
