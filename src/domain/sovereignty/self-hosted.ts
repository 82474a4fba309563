import type { Service } from '../catalogue.types';
import { isSourced } from '../catalogue.types';
import { isOsiApproved } from './osi-licence';

/**
 * Self-hosted software (docs/sovereignty.md): `serviceModel` = software, and a sourced `openSource` fact
 * with an OSI-approved licence and `selfHostable` = true. The service model is catalogue structure,
 * not a fact, so only the openSource fact needs a source.
 */
export function isSelfHostedSoftware(service: Service): boolean {
  return service.serviceModel === 'software' && hasSourcedOsiSelfHostable(service);
}

/** A sourced openSource fact with an OSI-approved licence and selfHostable = true (also T4). */
export function hasSourcedOsiSelfHostable(service: Service): boolean {
  const openSource = service.openSource;
  return (
    isSourced(openSource) && openSource.value.selfHostable === true && isOsiApproved(openSource.value.licence)
  );
}
