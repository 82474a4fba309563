import type { Control, EvidenceScheme, Lot, ProviderType, ServiceModel } from '../catalogue.types';
import type { Lang } from '../lang';
import type { Dimension, Level } from '../sovereignty/sovereignty.types';

/** Sort orders of a result list. `relevance` is only valid with a search query (`q`). */
export type SortKey = 'level' | 'name' | 'sla' | Dimension | 'relevance';
export const SORT_KEYS: readonly SortKey[] = [
  'level',
  'name',
  'sla',
  'jurisdiction',
  'data',
  'openness',
  'assurance',
  'relevance',
];

export type LocationFilter = 'NL' | 'EEA';
export const LOCATION_FILTERS: readonly LocationFilter[] = ['NL', 'EEA'];

/** Query parameter for the minimum level of each dimension. */
export const MIN_DIMENSION_PARAMS = {
  jurisdiction: 'minJurisdiction',
  data: 'minData',
  openness: 'minOpenness',
  assurance: 'minAssurance',
} as const satisfies Record<Dimension, string>;

export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;

/**
 * A validated result-list query (issue 3). Lists are empty when the parameter is absent; single
 * values are undefined. Semantics: `category`, `lot`, `model`, `control`, `providerType`,
 * `capability`, `provider` match any listed value (OR); `cert` requires every listed scheme (AND).
 */
export interface FilterQuery {
  q?: string;
  level?: Level;
  minJurisdiction?: Level;
  minData?: Level;
  minOpenness?: Level;
  minAssurance?: Level;
  category: string[];
  lot: Lot[];
  model: ServiceModel[];
  cert: EvidenceScheme[];
  location?: LocationFilter;
  control: Control[];
  providerType: ProviderType[];
  openSource?: true;
  selfHostable?: true;
  /** Levels from the checked-only view (SOVEREIGNTY.md): only sources the marketplace checked count. */
  checked?: true;
  capability: string[];
  provider: string[];
  /** Undefined = the default order (relevance when searching, else level). */
  sort?: SortKey;
  page: number;
  perPage: number;
  lang?: Lang;
}

/** A query with nothing set: every service, default order, first page. */
export function emptyFilterQuery(): FilterQuery {
  return {
    category: [],
    lot: [],
    model: [],
    cert: [],
    control: [],
    providerType: [],
    capability: [],
    provider: [],
    page: 1,
    perPage: DEFAULT_PER_PAGE,
  };
}
