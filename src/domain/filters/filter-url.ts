import { DEFAULT_PER_PAGE, type FilterQuery } from './filter-query.types';

/** Parameters in the order they appear in URLs, so equal queries give equal (cacheable) URLs. */
const PARAM_ORDER = [
  'q',
  'category',
  'lot',
  'model',
  'level',
  'minJurisdiction',
  'minData',
  'minOpenness',
  'minAssurance',
  'cert',
  'location',
  'control',
  'providerType',
  'openSource',
  'selfHostable',
  'checked',
  'capability',
  'provider',
  'sort',
  'perPage',
  'page',
  'lang',
] as const satisfies readonly (keyof FilterQuery)[];

export interface ListUrlOptions {
  /** The category fixed by the page's path (/categories/:id): not repeated as a parameter. */
  fixedCategory?: string;
}

/** The query as [parameter, value] pairs, leaving out defaults (page 1, 20 per page, default sort). */
export function filterQueryParams(query: FilterQuery, options: ListUrlOptions = {}): [string, string][] {
  const pairs: [string, string][] = [];
  for (const parameter of PARAM_ORDER) {
    const value = query[parameter];
    if (value === undefined) continue;
    if (parameter === 'page' && value === 1) continue;
    if (parameter === 'perPage' && value === DEFAULT_PER_PAGE) continue;
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (parameter === 'category' && v === options.fixedCategory) continue;
      pairs.push([parameter, String(v)]);
    }
  }
  return pairs;
}

/** The URL of a result list for a query: one builder for forms, chips, pagination and sort links. */
export function buildListUrl(basePath: string, query: FilterQuery, options: ListUrlOptions = {}): string {
  const search = new URLSearchParams(filterQueryParams(query, options)).toString();
  return search ? `${basePath}?${search}` : basePath;
}

/** The query without one value of a parameter (a removed chip); the page goes back to 1. */
export function withoutValue(query: FilterQuery, parameter: keyof FilterQuery, value: string): FilterQuery {
  const current = query[parameter];
  const next: FilterQuery = { ...query, page: 1 };
  if (Array.isArray(current)) {
    (next as unknown as Record<string, unknown>)[parameter] = current.filter((v) => String(v) !== value);
  } else {
    delete next[parameter];
  }
  return next;
}

/**
 * The query with one more value of a parameter (an option chosen from a facet's full list): added
 * to a list parameter, or replacing a single one. The page goes back to 1.
 */
export function withValue(query: FilterQuery, parameter: keyof FilterQuery, value: string): FilterQuery {
  const current = query[parameter];
  const next = { ...query, page: 1 } as unknown as Record<string, unknown>;
  if (Array.isArray(current))
    next[parameter] = current.map(String).includes(value) ? current : [...current, value];
  else next[parameter] = value;
  return next as unknown as FilterQuery;
}

/** The query on another page. */
export function withPage(query: FilterQuery, page: number): FilterQuery {
  return { ...query, page };
}
