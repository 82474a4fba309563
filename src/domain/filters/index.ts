/**
 * Faceted filtering of the catalogue (issue 3): filter and count. The query is parsed in
 * src/validators/filter-query.ts and described for people in src/presenters/listing/.
 */
export * from './filter-query.types';
export {
  countMatches,
  filterServices,
  prepareOrders,
  type FacetOption,
  type Facets,
  type FilterOptions,
  type FilterResult,
} from './filter-services';
export { FACETS, FIXED_BY_CATEGORY, type FacetName } from './facets';
export {
  buildListUrl,
  filterQueryParams,
  withoutValue,
  withValue,
  withPage,
  type ListUrlOptions,
} from './filter-url';
export { filterIndexOf, type FilterIndex } from './filter-index';
export { FACET_OPTION_LIMIT, listedOptions, panelOptions, type PanelOptions } from './facet-options';
