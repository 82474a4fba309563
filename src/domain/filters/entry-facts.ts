import { isSourced, type EvidenceScheme, type Lot } from '../catalogue.types';
import type { ReadModel, ServiceEntry } from '../catalogue/read-model';
import { isEeaCountry } from '../eea';
import { counts } from '../sovereignty/evidence';
import { isOsiApproved } from '../sovereignty/osi-licence';
import type { LocationFilter } from './filter-query.types';

/** What the filters need to know about one service, derived once per read model. */
export interface EntryFacts {
  lots: ReadonlySet<Lot>;
  /** Schemes of the service's counting evidence entries. */
  certs: ReadonlySet<EvidenceScheme>;
  /** Location classes the sourced data locations satisfy ('NL' implies 'EEA'). */
  locations: ReadonlySet<LocationFilter>;
  openSource: boolean;
  selfHostable: boolean;
  /** Sourced SLA availability percentage. */
  sla?: number;
}

/** Derives a service's filter facts (sourced facts only, counting evidence on the assessment date). */
export function deriveFacts(
  entry: ServiceEntry,
  model: Pick<ReadModel, 'categories' | 'assessedOn'>,
): EntryFacts {
  const { service } = entry;
  const lots = new Set<Lot>();
  for (const id of service.categories) {
    const category = model.categories.get(id);
    if (category) lots.add(category.lot);
  }
  const certs = new Set<EvidenceScheme>();
  for (const evidence of service.evidence ?? []) {
    if (counts(evidence, model.assessedOn)) certs.add(evidence.scheme);
  }
  const locations = new Set<LocationFilter>();
  const located = service.data?.locations;
  if (isSourced(located) && located.value.length > 0) {
    if (located.value.every((c) => isEeaCountry(c))) locations.add('EEA');
    if (located.value.every((c) => c.toUpperCase() === 'NL')) locations.add('NL');
  }
  const openSource = isSourced(service.openSource) && isOsiApproved(service.openSource.value.licence);
  const sla = service.contract?.slaAvailabilityPct;
  return {
    lots,
    certs,
    locations,
    openSource,
    selfHostable: isSourced(service.openSource) && service.openSource.value.selfHostable === true,
    sla: isSourced(sla) ? sla.value : undefined,
  };
}
