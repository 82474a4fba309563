import {
  CONTROLS,
  EVIDENCE_SCHEMES,
  LOTS,
  PROVIDER_TYPES,
  SERVICE_MODELS,
} from '../../domain/catalogue.types';
import { LOCATION_FILTERS, MAX_PER_PAGE, DEFAULT_PER_PAGE, SORT_KEYS } from '../../domain/filters';
import { LANGS } from '../../i18n/i18n';
import type { JsonSchema } from './catalogue-components';

export interface ParameterObject {
  name: string;
  in: 'query' | 'path';
  required?: boolean;
  description: string;
  schema: JsonSchema;
  style?: 'form';
  explode?: boolean;
}

const level: JsonSchema = { type: 'integer', minimum: 0, maximum: 4 };
const id: JsonSchema = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' };
const anyOf = (values: readonly string[]): JsonSchema => ({
  type: 'array',
  items: { type: 'string', enum: [...values] },
});
const ids: JsonSchema = { type: 'array', items: id };

export function query(name: string, description: string, schema: JsonSchema): ParameterObject {
  const parameter: ParameterObject = { name, in: 'query', description, schema };
  // Repeat an array parameter to give several values: ?cert=ISO27001&cert=C5
  if (schema.type === 'array') Object.assign(parameter, { style: 'form', explode: true });
  return parameter;
}

export const LANG_PARAMETER = query(
  'lang',
  'Language of message texts (error messages, assessment reasons); default nl.',
  { type: 'string', enum: [...LANGS] },
);

/**
 * The result-list parameters of /services, also accepted by /api/v1/services and the CSV export.
 * The names must equal `knownParameters()` of the filter parser (a test holds them together).
 */
export const FILTER_PARAMETERS: ParameterObject[] = [
  query('q', 'Search words (Dutch or English); +word requires, -word excludes a word.', {
    type: 'string',
    maxLength: 200,
  }),
  LANG_PARAMETER,
  query('level', 'Minimum overall sovereignty level.', level),
  query('minJurisdiction', 'Minimum level on jurisdiction (J).', level),
  query('minData', 'Minimum level on data (D).', level),
  query('minOpenness', 'Minimum level on openness and exit (T).', level),
  query('minAssurance', 'Minimum level on assurance (A).', level),
  query('category', 'Category ids (any of them); see /api/v1/categories.', ids),
  query('lot', 'Lots (any of them).', anyOf(LOTS)),
  query('model', 'Service models (any of them).', anyOf(SERVICE_MODELS)),
  query('cert', 'Evidence schemes that must all be held by counting evidence.', anyOf(EVIDENCE_SCHEMES)),
  query('location', 'All sourced data locations in the Netherlands (NL) or in the EEA.', {
    type: 'string',
    enum: [...LOCATION_FILTERS],
  }),
  query('control', "The provider's sourced control (any of them).", anyOf(CONTROLS)),
  query('providerType', 'Market or government providers (any of them).', anyOf(PROVIDER_TYPES)),
  query('openSource', 'Only services with a sourced OSI-approved licence.', {
    type: 'string',
    enum: ['true'],
  }),
  query('selfHostable', 'Only software that is sourced as self-hostable.', {
    type: 'string',
    enum: ['true'],
  }),
  query(
    'checked',
    'Levels of the checked-only view: only sources the marketplace team checked (checkedOn) count.',
    { type: 'string', enum: ['true'] },
  ),
  query('capability', 'Capability ids (any of them); see /api/v1/capabilities.', ids),
  query('provider', 'Provider ids (any of them); see /api/v1/providers.', ids),
  query('sort', 'Order of the list; relevance needs q. Default: relevance with q, else level.', {
    type: 'string',
    enum: [...SORT_KEYS],
  }),
  ...paging('Services'),
];

/** `page` and `perPage`, as every paged list takes them. */
function paging(items: string): ParameterObject[] {
  return [
    query('page', 'Page number, from 1.', { type: 'integer', minimum: 1, maximum: 1_000_000, default: 1 }),
    query('perPage', `${items} per page.`, {
      type: 'integer',
      minimum: 1,
      maximum: MAX_PER_PAGE,
      default: DEFAULT_PER_PAGE,
    }),
  ];
}

/** The parameters of /api/v1/providers; the names must equal PROVIDER_LIST_PARAMETERS (a test holds them together). */
export const PROVIDER_PARAMETERS: ParameterObject[] = [
  query('type', 'Provider types (any of them).', anyOf(PROVIDER_TYPES)),
  query('country', 'Headquarters countries, ISO 3166-1 alpha-2 such as NL (any of them).', {
    type: 'array',
    items: { type: 'string', pattern: '^[A-Za-z]{2}$' },
  }),
  ...paging('Providers'),
  LANG_PARAMETER,
];

export function idPathParameter(kind: string): ParameterObject {
  return { name: 'id', in: 'path', required: true, description: `The ${kind} id.`, schema: id };
}
