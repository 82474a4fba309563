/**
 * Faceted filtering of the catalogue (issue 3): filter and count. The query is parsed in
 * src/validators/filter-query.ts and described for people in src/presenters/listing/.
 */
export * from './filter-query.types';
export {
  filterServices,
  type FacetOption,
  type Facets,
  type FilterOptions,
  type FilterResult,
} from './filter-services';
export { FACETS, type FacetName } from './facets';
export { buildListUrl, filterQueryParams, withoutValue, withPage, type ListUrlOptions } from './filter-url';
export { filterIndexOf, type FilterIndex } from './filter-index';
