import {
  CONTROLS,
  EVIDENCE_SCHEMES,
  LOTS,
  PROVIDER_TYPES,
  SERVICE_MODELS,
  isSourced,
} from '../catalogue.types';
import type { ReadModel, ServiceEntry } from '../catalogue/read-model';
import { DIMENSIONS, LEVELS, type Dimension } from '../sovereignty/sovereignty.types';
import type { EntryFacts } from './entry-facts';
import { LOCATION_FILTERS, MIN_DIMENSION_PARAMS, type FilterQuery } from './filter-query.types';

export type FacetName =
  | 'level'
  | 'minJurisdiction'
  | 'minData'
  | 'minOpenness'
  | 'minAssurance'
  | 'category'
  | 'lot'
  | 'model'
  | 'cert'
  | 'location'
  | 'control'
  | 'providerType'
  | 'openSource'
  | 'selfHostable'
  | 'capability'
  | 'provider';

/**
 * One facet of the result list. `selected` is the facet's part of the query as option values;
 * the facet is active when it is non-empty. `matches` lists the options a service satisfies.
 * A service passes an OR facet when it matches any selected option, an AND facet (cert) when it
 * matches all of them.
 */
export interface FacetDefinition {
  name: FacetName;
  mode: 'or' | 'and';
  options(model: ReadModel): readonly string[];
  selected(query: FilterQuery): readonly string[];
  matches(entry: ServiceEntry, facts: EntryFacts): Iterable<string>;
}

// Frozen: the filter index recognises these shared lists and converts each only once.
const LEVEL_VALUES = Object.freeze(LEVELS.map(String));
/** LEVELS_UP_TO[n]: levels 0..n as option values; a service at level n satisfies each of those minimums. */
const LEVELS_UP_TO = LEVELS.map((n) => Object.freeze(LEVEL_VALUES.slice(0, n + 1)));

function levelsUpTo(level: number): readonly string[] {
  return LEVELS_UP_TO[level] ?? [];
}

function single(value: string | number | boolean | undefined): string[] {
  return value === undefined ? [] : [String(value)];
}

function minLevelFacet(name: FacetName, dimension: Dimension): FacetDefinition {
  const param = MIN_DIMENSION_PARAMS[dimension];
  return {
    name,
    mode: 'or',
    options: () => LEVEL_VALUES,
    selected: (query) => single(query[param]),
    // A dimension that does not apply (assurance of self-hosted software) fails no minimum.
    matches: (entry) => {
      const assessed = entry.assessment.dimensions[dimension];
      return assessed.applicable ? levelsUpTo(assessed.level) : LEVEL_VALUES;
    },
  };
}

function flag(name: 'openSource' | 'selfHostable'): FacetDefinition {
  return {
    name,
    mode: 'or',
    options: () => ['true'],
    selected: (query) => single(query[name]),
    matches: (_entry, facts) => (facts[name] ? ['true'] : []),
  };
}

/** All facets, in the order the filter panel shows them. */
export const FACETS: readonly FacetDefinition[] = [
  {
    name: 'category',
    mode: 'or',
    options: (model) => [...model.categories.keys()],
    selected: (query) => query.category,
    matches: (entry) => entry.service.categories,
  },
  {
    name: 'lot',
    mode: 'or',
    options: () => LOTS,
    selected: (query) => query.lot,
    matches: (_entry, facts) => facts.lots,
  },
  {
    name: 'model',
    mode: 'or',
    options: () => SERVICE_MODELS,
    selected: (query) => query.model,
    matches: (entry) => [entry.service.serviceModel],
  },
  {
    name: 'level',
    mode: 'or',
    options: () => LEVEL_VALUES,
    selected: (query) => single(query.level),
    matches: (entry) => levelsUpTo(entry.assessment.overall),
  },
  ...DIMENSIONS.map((d) => minLevelFacet(MIN_DIMENSION_PARAMS[d], d)),
  {
    name: 'cert',
    mode: 'and',
    options: () => EVIDENCE_SCHEMES,
    selected: (query) => query.cert,
    matches: (_entry, facts) => facts.certs,
  },
  {
    name: 'location',
    mode: 'or',
    options: () => LOCATION_FILTERS,
    selected: (query) => single(query.location),
    matches: (_entry, facts) => facts.locations,
  },
  {
    name: 'control',
    mode: 'or',
    options: () => CONTROLS,
    selected: (query) => query.control,
    matches: (entry) => (isSourced(entry.provider.control) ? [entry.provider.control.value] : []),
  },
  {
    name: 'providerType',
    mode: 'or',
    options: () => PROVIDER_TYPES,
    selected: (query) => query.providerType,
    matches: (entry) => [entry.provider.type],
  },
  flag('openSource'),
  flag('selfHostable'),
  {
    name: 'capability',
    mode: 'or',
    options: (model) => [...model.capabilities.keys()],
    selected: (query) => query.capability,
    matches: (entry) => entry.service.capabilities ?? [],
  },
  {
    name: 'provider',
    mode: 'or',
    options: (model) => [...model.providers.keys()],
    selected: (query) => query.provider,
    matches: (entry) => [entry.service.providerId],
  },
];

/** Facets a category page leaves out: its category (and so its lot) is fixed by the path. */
export const FIXED_BY_CATEGORY: ReadonlySet<FacetName> = new Set(['category', 'lot']);
