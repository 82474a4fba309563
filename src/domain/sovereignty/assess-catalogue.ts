import type { CatalogueDocument } from '../catalogue.types';
import type { Assessment } from './sovereignty.types';
import { applyCap, assessOwnFacts, withOverall } from './assess-service';
import { reachableServices, weakestReached } from './supply-chain';
import { isIsoDate } from '../iso-date';

/**
 * Assesses every service of the catalogue on the given date (docs/sovereignty.md v1): each service on
 * its own facts first, then J and D capped by the weakest service reached through runsOn.
 * Throws SupplyChainError for a runsOn reference outside the catalogue or a cycle, and an Error
 * for a service whose provider is missing.
 */
export function assessCatalogue(document: CatalogueDocument, assessedOn: string): Map<string, Assessment> {
  if (!isIsoDate(assessedOn)) {
    throw new RangeError(`assessedOn must be a real date written YYYY-MM-DD, got ${assessedOn}`);
  }
  const providers = new Map(document.providers.map((p) => [p.id, p]));
  const own = new Map<string, Assessment>();
  for (const service of document.services) {
    const provider = providers.get(service.providerId);
    if (!provider) throw new Error(`service ${service.id} refers to unknown provider ${service.providerId}`);
    own.set(service.id, assessOwnFacts({ service, provider, assessedOn }));
  }

  const reachable = reachableServices(document.services);
  const result = new Map<string, Assessment>();
  for (const [serviceId, assessment] of own) {
    const reached = reachable.get(serviceId) ?? [];
    if (reached.length === 0) {
      result.set(serviceId, assessment);
      continue;
    }
    const ownLevel = (dimension: 'jurisdiction' | 'data') => (id: string) =>
      (own.get(id) as Assessment).dimensions[dimension].ownLevel;
    const { jurisdiction, data } = assessment.dimensions;
    result.set(
      serviceId,
      withOverall({
        ...assessment,
        dimensions: {
          ...assessment.dimensions,
          jurisdiction: applyCap(jurisdiction, weakestReached(reached, ownLevel('jurisdiction'))),
          data: applyCap(data, weakestReached(reached, ownLevel('data'))),
        },
      }),
    );
  }
  return result;
}
