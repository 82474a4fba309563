/** Faceted filtering of the catalogue (issue 3): parse a query, filter and count, describe it. */
export * from './filter-query.types';
export { parseFilterQuery, knownParameters, type ParseOptions } from './parse-filter-query';
export {
  filterServices,
  type FacetOption,
  type Facets,
  type FilterOptions,
  type FilterResult,
} from './filter-services';
export { FACETS, type FacetName } from './facets';
export {
  describeFilters,
  type FilterChip,
  type FilterDescription,
  type DescribeOptions,
} from './describe-filters';
export { buildListUrl, filterQueryParams, withoutValue, withPage, type ListUrlOptions } from './filter-url';
export { optionLabel, facetLabel } from './filter-labels';
export { filterIndexOf, type FilterIndex } from './filter-index';
