import { DIMENSIONS } from '../sovereignty/sovereignty.types';
import type { ReadModel, ServiceEntry } from '../catalogue/read-model';
import type { BuyerProfile } from './buyer-profiles';
import type { MustHaves, Requirement, RequirementCheck } from './broker.types';
import { checkCertificate } from './checks/certificate-check';
import {
  checkDataInNl,
  checkDpa,
  checkDutchSupport,
  checkFrameworkAgreement,
  checkGovernmentProvider,
  checkNoticePeriod,
  checkOpenSource,
  checkSelfHostable,
} from './checks/fact-checks';
import { checkHosting } from './checks/hosting-check';
import { checkLevel } from './checks/level-check';

/**
 * The requirements of a profile plus must-haves, in a fixed order (profile first, then must-haves
 * in form order), so failures and exports list them the same way every time. Minimum levels of 0
 * are no requirement and are left out.
 */
export function requirementsFor(profile: BuyerProfile, mustHaves: MustHaves): Requirement[] {
  const list: Requirement[] = [];
  if (!profile.publicCloudAllowed) list.push({ kind: 'hosting' });
  for (const dimension of DIMENSIONS) {
    const minimum = profile.minimums[dimension];
    if (minimum > 0) list.push({ kind: 'level', dimension, minimum });
  }
  for (const scheme of mustHaves.certificates) list.push({ kind: 'certificate', scheme });
  if (mustHaves.dataInNl) list.push({ kind: 'dataInNl' });
  if (mustHaves.openSource) list.push({ kind: 'openSource' });
  if (mustHaves.selfHostable) list.push({ kind: 'selfHostable' });
  if (mustHaves.dpa) list.push({ kind: 'dpa' });
  if (mustHaves.maxNoticeDays !== undefined)
    list.push({ kind: 'maxNoticeDays', days: mustHaves.maxNoticeDays });
  if (mustHaves.dutchSupport) list.push({ kind: 'dutchSupport' });
  if (mustHaves.governmentOnly) list.push({ kind: 'governmentOnly' });
  if (mustHaves.frameworkAgreement) list.push({ kind: 'frameworkAgreement' });
  return list;
}

/** Tests one service against one requirement. */
export function checkRequirement(
  entry: ServiceEntry,
  requirement: Requirement,
  model: ReadModel,
): RequirementCheck {
  switch (requirement.kind) {
    case 'level':
      return checkLevel(
        entry,
        requirement.dimension,
        requirement.minimum,
        (id) => model.serviceById.get(id)?.service.name ?? id,
      );
    case 'hosting':
      return checkHosting(entry, model);
    case 'certificate':
      return checkCertificate(entry, requirement.scheme, model.assessedOn);
    case 'dataInNl':
      return checkDataInNl(entry);
    case 'openSource':
      return checkOpenSource(entry);
    case 'selfHostable':
      return checkSelfHostable(entry);
    case 'dpa':
      return checkDpa(entry);
    case 'maxNoticeDays':
      return checkNoticePeriod(entry, requirement.days);
    case 'dutchSupport':
      return checkDutchSupport(entry);
    case 'governmentOnly':
      return checkGovernmentProvider(entry);
    case 'frameworkAgreement':
      return checkFrameworkAgreement(entry);
  }
}
