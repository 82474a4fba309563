import { compareByLevel, type ServiceEntry } from '../catalogue/read-model';
import type { Dimension } from '../sovereignty/sovereignty.types';
import type { FilterIndex } from './filter-index';
import type { SortKey } from './filter-query.types';

type Compare = (a: ServiceEntry, b: ServiceEntry) => number;

const nameCollator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** A dimension that does not apply (assurance of self-hosted software) sorts after every level. */
function dimensionLevel(entry: ServiceEntry, dimension: Dimension): number {
  const assessed = entry.assessment.dimensions[dimension];
  return assessed.applicable ? assessed.level : -1;
}

/** Search order: score desc, then the stable hash, never the name. */
function byRelevance(relevance: ReadonlyMap<string, number>): Compare {
  return (a, b) =>
    (relevance.get(b.service.id) ?? 0) - (relevance.get(a.service.id) ?? 0) ||
    a.hash - b.hash ||
    compareByLevel(a, b);
}

/**
 * The comparator for a sort key. Every order ends in the default order (level, level sum, hash),
 * so ties never favour a provider by its name. Undefined sort means the default order: relevance
 * when a search ranked the services, otherwise level.
 */
export function comparatorFor(
  sort: SortKey | undefined,
  index: FilterIndex,
  relevance?: ReadonlyMap<string, number>,
): Compare {
  const key = sort ?? (relevance ? 'relevance' : 'level');
  switch (key) {
    case 'relevance':
      return relevance ? byRelevance(relevance) : compareByLevel;
    case 'level':
      return compareByLevel;
    case 'name':
      return (a, b) => nameCollator.compare(a.service.name, b.service.name) || compareByLevel(a, b);
    case 'sla': {
      // Highest sourced SLA first; services without one last.
      const sla = (e: ServiceEntry): number => index.sla[index.position.get(e.service.id) ?? -1] ?? -1;
      return (a, b) => sla(b) - sla(a) || compareByLevel(a, b);
    }
    default:
      return (a, b) => dimensionLevel(b, key) - dimensionLevel(a, key) || compareByLevel(a, b);
  }
}
