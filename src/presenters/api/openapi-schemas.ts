import { CHANGE_CAUSES } from '../../domain/history/history.types';
import { FACETS, MAX_PER_PAGE } from '../../domain/filters';
import { DIMENSIONS } from '../../domain/sovereignty/sovereignty.types';
import {
  catalogueComponents,
  catalogueRef,
  extendedCatalogueObject,
  type JsonSchema,
} from './catalogue-components';

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const date: JsonSchema = { type: 'string', format: 'date' };
const id: JsonSchema = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' };
const count: JsonSchema = { type: 'integer', minimum: 0 };
const object = (properties: Record<string, JsonSchema>, required = Object.keys(properties)): JsonSchema => ({
  type: 'object',
  required,
  additionalProperties: false,
  properties,
});
const list = (items: JsonSchema): JsonSchema => ({ type: 'array', items });
const link: JsonSchema = { type: 'string', description: 'Path and query on this server' };
/** The paging fields every paged list has. */
const paged: Record<string, JsonSchema> = {
  total: count,
  page: { type: 'integer', minimum: 1 },
  perPage: { type: 'integer', minimum: 1, maximum: MAX_PER_PAGE },
  pageCount: { type: 'integer', minimum: 1 },
  links: ref('PageLinks'),
};

const sovereigntySummary = object({
  overall: ref('Level'),
  limitedBy: list(ref('Dimension')),
  ...Object.fromEntries(
    DIMENSIONS.map((d) => [
      d,
      { oneOf: [ref('Level'), { type: 'null' }], description: 'null when the dimension does not apply' },
    ]),
  ),
});

const message = object(
  {
    key: { type: 'string', description: 'Stable message key' },
    params: { type: 'object', additionalProperties: { type: ['string', 'number'] } },
    text: { type: 'string', description: 'The message in the requested language' },
  },
  ['key', 'text'],
);

const dimensionAssessment = object(
  {
    level: ref('Level'),
    ownLevel: ref('Level'),
    applicable: { type: 'boolean' },
    firstFailed: { type: 'string' },
    passed: list(ref('Rung')),
    failed: list(ref('Rung')),
    raise: list(ref('Message')),
    cappedBy: object({ serviceId: id, level: ref('Level'), path: list(id) }),
    selfHostedRule: { type: 'boolean' },
  },
  ['level', 'ownLevel', 'applicable', 'passed', 'failed', 'raise'],
);

const problem = object(
  {
    parameter: { type: 'string' },
    message: { type: 'string' },
    code: { type: 'string' },
    allowed: list({ type: 'string' }),
  },
  ['parameter', 'message'],
);

/** Schemas of every API response (components.schemas), including the catalogue schema's. */
export function openApiSchemas(): Record<string, JsonSchema> {
  return {
    Level: { type: 'integer', minimum: 0, maximum: 4 },
    Dimension: { type: 'string', enum: [...DIMENSIONS] },
    SovereigntySummary: sovereigntySummary,
    ServiceItem: object({
      id,
      name: { type: 'string' },
      providerId: id,
      categories: list(id),
      serviceModel: { type: 'string', enum: ['iaas', 'paas', 'saas', 'software'] },
      sovereignty: {
        ...ref('SovereigntySummary'),
        description: "Levels in the view the response uses: a list's `view`, otherwise the default view.",
      },
      sovereigntyCheckedOnly: {
        ...ref('SovereigntySummary'),
        description:
          'Levels in the checked-only view: a fact or evidence entry counts as sourced only when the ' +
          'marketplace team checked one of its sources on or before the assessment date.',
      },
    }),
    FacetOption: object({ value: { type: 'string' }, count, selected: { type: 'boolean' } }),
    Facets: object(Object.fromEntries(FACETS.map((f) => [f.name, list(ref('FacetOption'))]))),
    PageLinks: object(
      {
        self: link,
        first: link,
        last: link,
        prev: { ...link, description: 'Absent on the first page.' },
        next: { ...link, description: 'Absent on the last page.' },
      },
      ['self', 'first', 'last'],
    ),
    ServiceList: object({
      ...paged,
      assessedOn: date,
      view: {
        type: 'string',
        enum: ['default', 'checked-only'],
        description:
          "The view of the items' `sovereignty`, the level filters, the facet counts and the order: " +
          '`checked-only` with `checked=true` (only sources the marketplace checked count), else `default`.',
      },
      items: list(ref('ServiceItem')),
      facets: ref('Facets'),
      moreFacetOptions: {
        ...object(
          Object.fromEntries(
            FACETS.map((f) => [
              f.name,
              object({ total: count, href: { ...link, description: 'The full list (listFacetOptions)' } }),
            ]),
          ),
          [],
        ),
        description:
          'The facets whose list above leaves options out (a facet lists at most its 10 options with the most matches, plus every selected one): how many options their full list holds, and its address.',
      },
    }),
    FacetOptionList: object({
      facet: { type: 'string', enum: FACETS.map((f) => f.name) },
      ...paged,
      perPage: { type: 'integer', minimum: 1 },
      items: list(
        object({
          value: { type: 'string' },
          label: { type: 'string' },
          count,
          selected: { type: 'boolean' },
        }),
      ),
    }),
    Message: message,
    Rung: object({
      code: { type: 'string' },
      rung: { type: 'integer', minimum: 1, maximum: 4 },
      reason: ref('Message'),
    }),
    DimensionAssessment: dimensionAssessment,
    Assessment: object({
      assessedOn: date,
      overall: ref('Level'),
      limitedBy: list(ref('Dimension')),
      selfHosted: { type: 'boolean' },
      unverifiedFacts: list({ type: 'string' }),
      dimensions: object(Object.fromEntries(DIMENSIONS.map((d) => [d, ref('DimensionAssessment')]))),
    }),
    EvidenceStatus: extendedCatalogueObject(
      'evidence',
      { counting: { type: 'boolean' }, notCountingReason: ref('Message') },
      ['counting'],
    ),
    ServiceRef: object({ id, name: { type: 'string' } }),
    ServiceDetail: object({
      assessedOn: date,
      service: catalogueRef('service'),
      provider: catalogueRef('provider'),
      evidence: list(ref('EvidenceStatus')),
      runsOn: list(ref('ServiceRef')),
      runBy: list(ref('ServiceRef')),
      assessment: { ...ref('Assessment'), description: 'The default view: every source counts.' },
      assessmentCheckedOnly: {
        ...ref('Assessment'),
        description:
          'The checked-only view: the same rules, but a fact or evidence entry counts as sourced only ' +
          'when the marketplace team checked one of its sources on or before the assessment date.',
      },
    }),
    ProviderList: object({
      ...paged,
      items: list(extendedCatalogueObject('provider', { serviceIds: list(id) }, ['serviceIds'])),
    }),
    ProviderDetail: object({
      assessedOn: date,
      provider: catalogueRef('provider'),
      services: list(ref('ServiceItem')),
    }),
    CategoryList: object({
      total: count,
      items: list(extendedCatalogueObject('category', { serviceCount: count }, ['serviceCount'])),
    }),
    CapabilityList: object({
      total: count,
      items: list(extendedCatalogueObject('capability', { serviceCount: count }, ['serviceCount'])),
    }),
    LevelSnapshot: object({
      overall: ref('Level'),
      dimensions: object(
        Object.fromEntries(DIMENSIONS.map((d) => [d, { oneOf: [ref('Level'), { type: 'null' }] }])),
      ),
    }),
    ChangeItem: object({
      id: count,
      changeId: count,
      recordedAt: { type: 'string', format: 'date-time' },
      cause: { type: 'string', enum: [...CHANGE_CAUSES] },
      actor: { type: ['string', 'null'] },
      assessedOn: date,
      previousAssessedOn: { oneOf: [date, { type: 'null' }] },
      subject: object({
        kind: { type: 'string', enum: ['provider', 'service'] },
        id,
        name: { type: 'string' },
        providerId: id,
      }),
      kind: { type: 'string', enum: ['added', 'removed', 'changed'] },
      lines: list({ type: 'string' }),
      detail: object(
        {
          fields: list({ type: 'object' }),
          facts: list({ type: 'object' }),
          evidence: list({ type: 'object' }),
          levels: object({ before: ref('LevelSnapshot'), after: ref('LevelSnapshot') }, []),
          expired: list(object({ scheme: { type: 'string' }, validUntil: date })),
        },
        ['fields', 'facts', 'evidence'],
      ),
    }),
    ChangeList: object({
      since: { type: ['string', 'null'], format: 'date-time' },
      total: count,
      page: { type: 'integer', minimum: 1 },
      perPage: { type: 'integer', minimum: 1 },
      pageCount: { type: 'integer', minimum: 1 },
      items: list(ref('ChangeItem')),
    }),
    Error: object({
      error: object({ code: { type: 'string' }, message: { type: 'string' }, details: list(problem) }),
    }),
    ...catalogueComponents(),
  };
}
