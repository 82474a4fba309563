import type { ReadModel } from '../catalogue/read-model';
import type {
  BrokerRequest,
  ExcludedService,
  IncludedService,
  MatchResult,
  Reason,
  RequirementFailure,
} from './broker.types';
import { checkRequirement, requirementsFor } from './requirements';

/**
 * Splits the catalogue into the services that meet every requirement of the request and the ones
 * that do not, each excluded service with *every* requirement it failed (not only the first): a
 * public buyer must be able to justify the rejection of each option. Both lists keep the
 * catalogue's default order, so the same model and request always give the same result.
 */
export function matchProfile(model: ReadModel, request: BrokerRequest): MatchResult {
  const requirements = requirementsFor(request.profile, request.mustHaves);
  const included: IncludedService[] = [];
  const excluded: ExcludedService[] = [];
  for (const entry of model.services) {
    const failures: RequirementFailure[] = [];
    const notes: Reason[] = [];
    for (const requirement of requirements) {
      const check = checkRequirement(entry, requirement, model);
      if (check.outcome === 'met') {
        if (check.note) notes.push(check.note);
      } else {
        const failure: RequirementFailure = {
          requirement,
          outcome: check.outcome,
          reason: check.reason ?? { key: 'broker.reason.unknown' },
        };
        if (check.cause) failure.cause = check.cause;
        failures.push(failure);
      }
    }
    if (failures.length === 0) included.push({ entry, notes });
    else excluded.push({ entry, failures });
  }
  return {
    profile: request.profile,
    mustHaves: request.mustHaves,
    requirements,
    assessedOn: model.assessedOn,
    included,
    excluded,
  };
}
