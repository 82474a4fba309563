import { FACETS } from '../../domain/filters';
import { OPTION_LIST_REFUSES } from '../../domain/filters/facet-option-list';
import type { JsonSchema } from './catalogue-components';
import {
  FILTER_PARAMETERS,
  LANG_PARAMETER,
  PROVIDER_PARAMETERS,
  idPathParameter,
  query,
  type ParameterObject,
} from './openapi-parameters';
import { openApiSchemas } from './openapi-schemas';

export const API_BASE = '/api/v1';

const json = (schema: JsonSchema) => ({ 'application/json': { schema } });
const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

const CACHE_HEADERS = {
  ETag: { description: 'Changes with the catalogue and the assessment date.', schema: { type: 'string' } },
  'Cache-Control': { schema: { type: 'string' } },
};

const ERROR_RESPONSES = {
  '304': { description: 'Not modified (If-None-Match matched the ETag).' },
  '429': { description: 'Too many requests.', content: json(ref('Error')) },
  '503': { description: 'The catalogue is temporarily unavailable.', content: json(ref('Error')) },
};

interface Operation {
  operationId: string;
  summary: string;
  parameters: ParameterObject[];
  /** Name of the 200 response schema. */
  schema: string;
  notFound?: boolean;
  /** What a 404 means, when not an unknown id. */
  notFoundText?: string;
}

function operation(op: Operation) {
  return {
    get: {
      operationId: op.operationId,
      summary: op.summary,
      tags: ['catalogue'],
      parameters: op.parameters,
      responses: {
        '200': { description: 'OK', headers: CACHE_HEADERS, content: json(ref(op.schema)) },
        '400': {
          description: 'A parameter is invalid; details name it and, where possible, the allowed values.',
          content: json(ref('Error')),
        },
        ...(op.notFound
          ? { '404': { description: op.notFoundText ?? 'No such id.', content: json(ref('Error')) } }
          : {}),
        ...ERROR_RESPONSES,
      },
    },
  };
}

/** The operations, in the order the API page lists them. */
export const OPERATIONS: ({ path: string } & Operation)[] = [
  {
    path: '/services',
    operationId: 'listServices',
    summary:
      'Services: the same filters, search and order as /services, with facet counts (a facet with many ' +
      'options, such as provider, lists its top options and the selected ones, and links to all of ' +
      'them); `view` names the view (default or checked-only) the levels and filters use.',
    parameters: FILTER_PARAMETERS,
    schema: 'ServiceList',
  },
  {
    path: '/services/facets/{facet}',
    operationId: 'listFacetOptions',
    summary:
      'Every option of one facet for the selection (the parameters of /services), A–Z by label with ' +
      'counts, 100 a page: `page` pages the options. Where /services lists a facet in part.',
    parameters: [
      {
        name: 'facet',
        in: 'path',
        required: true,
        description: 'The facet (a key of the facets of /services).',
        schema: { type: 'string', enum: FACETS.map((f) => f.name) },
      },
      // The options are always A–Z, 100 a page: the list's order and page size do not apply.
      ...FILTER_PARAMETERS.filter((p) => !OPTION_LIST_REFUSES.includes(p.name)),
    ],
    schema: 'FacetOptionList',
    notFound: true,
    notFoundText: 'No such facet.',
  },
  {
    path: '/services/{id}',
    operationId: 'getService',
    summary:
      'One service: every fact with its sources, evidence, contract and the full assessment, in the ' +
      'default view and in the checked-only view.',
    parameters: [idPathParameter('service'), LANG_PARAMETER],
    schema: 'ServiceDetail',
    notFound: true,
  },
  {
    path: '/providers',
    operationId: 'listProviders',
    summary: 'Providers with the ids of their services, paged, by type and headquarters country.',
    parameters: PROVIDER_PARAMETERS,
    schema: 'ProviderList',
  },
  {
    path: '/providers/{id}',
    operationId: 'getProvider',
    summary: 'One provider with its services.',
    parameters: [idPathParameter('provider'), LANG_PARAMETER],
    schema: 'ProviderDetail',
    notFound: true,
  },
  {
    path: '/categories',
    operationId: 'listCategories',
    summary: 'All categories with their lot and number of services.',
    parameters: [LANG_PARAMETER],
    schema: 'CategoryList',
  },
  {
    path: '/capabilities',
    operationId: 'listCapabilities',
    summary: 'All capabilities with the products they replace and number of services.',
    parameters: [LANG_PARAMETER],
    schema: 'CapabilityList',
  },
  {
    path: '/catalogue',
    operationId: 'getCatalogue',
    summary: 'The whole catalogue as one document, valid against the catalogue schema.',
    parameters: [LANG_PARAMETER],
    schema: 'Catalogue.document',
  },
  {
    path: '/solutions',
    operationId: 'getSolution',
    summary:
      'A solution composed of one service per workplace function (fn.<capability>=<service>) or ' +
      'category (cat.<category>=<service>), with where self-hosted software runs ' +
      '(on.<service>=<infrastructure service>|own), as on /solutions: coverage, sovereignty of the ' +
      'whole, integration, contracts, continuity and requirement checks.',
    parameters: [
      {
        name: 'composition',
        in: 'query',
        required: true,
        style: 'form',
        explode: true,
        description:
          'At most 20 components. fn.<capability id> and cat.<category id> take a service id; ' +
          'on.<software service id> takes an infrastructure service id or "own".',
        schema: {
          type: 'object',
          patternProperties: {
            '^fn\\.[a-z0-9-]+$': { type: 'string' },
            '^cat\\.[a-z0-9-]+$': { type: 'string' },
            '^on\\.[a-z0-9-]+$': { type: 'string' },
          },
          additionalProperties: false,
        },
      } as ParameterObject,
      LANG_PARAMETER,
    ],
    schema: 'Solution',
    notFound: true,
  },
  {
    path: '/changes',
    operationId: 'listChanges',
    summary:
      'Changes of the catalogue, newest first: per provider and service what was added, removed or ' +
      'changed (facts and evidence before and after with their sources, levels before and after). ' +
      'The filters of /services select changes to records that matched them before or after.',
    parameters: [
      query('since', 'Only changes recorded at or after this date (YYYY-MM-DD) or ISO 8601 date-time.', {
        type: 'string',
      }),
      ...FILTER_PARAMETERS.filter((p) => p.name !== 'q' && p.name !== 'sort'),
    ],
    schema: 'ChangeList',
  },
  {
    path: '/openapi.json',
    operationId: 'getOpenApi',
    summary: 'This description (OpenAPI 3.1).',
    parameters: [LANG_PARAMETER],
    schema: 'OpenApiDocument',
  },
];

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;

/**
 * The OpenAPI 3.1 description of the JSON API, built from the same vocabularies the filters and
 * the catalogue schema use, so it cannot drift from what the endpoints accept and return.
 */
export function buildOpenApiDocument(publicBaseUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Cloudmarkt open data API',
      version: '1.0.0',
      description:
        'Open data on sovereign and European cloud services: the catalogue, its sources and the ' +
        'sovereignty assessment. Read-only, no key needed; CORS is open. Responses carry an ETag ' +
        'and may be cached for a minute.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: publicBaseUrl }],
    tags: [{ name: 'catalogue' }],
    paths: Object.fromEntries(OPERATIONS.map((op) => [`${API_BASE}${op.path}`, operation(op)])),
    components: {
      schemas: {
        ...openApiSchemas(),
        OpenApiDocument: { type: 'object', required: ['openapi', 'info', 'paths'] },
        Solution: {
          type: 'object',
          required: [
            'assessedOn',
            'components',
            'coverage',
            'sovereignty',
            'integration',
            'contracts',
            'continuity',
            'checks',
          ],
        },
      },
    },
  };
}
