import type { EvidenceScheme } from '../catalogue.types';
import type { Dimension, Level, MessageRef } from '../sovereignty/sovereignty.types';
import type { ServiceEntry } from '../catalogue/read-model';
import type { BuyerProfile } from './buyer-profiles';

/** Optional must-haves a buyer adds on top of the profile (issue 7). */
export interface MustHaves {
  /** Each scheme needs at least one counting evidence entry (docs/sovereignty.md, A). */
  certificates: EvidenceScheme[];
  dataInNl: boolean;
  openSource: boolean;
  selfHostable: boolean;
  dpa: boolean;
  /** Maximum notice period in days; undefined = no requirement. */
  maxNoticeDays?: number;
  dutchSupport: boolean;
  governmentOnly: boolean;
  frameworkAgreement: boolean;
}

export const NO_MUST_HAVES: MustHaves = {
  certificates: [],
  dataInNl: false,
  openSource: false,
  selfHostable: false,
  dpa: false,
  dutchSupport: false,
  governmentOnly: false,
  frameworkAgreement: false,
};

export interface BrokerRequest {
  profile: BuyerProfile;
  mustHaves: MustHaves;
}

/** One requirement a service is tested against, derived from the profile and the must-haves. */
export type Requirement =
  | { kind: 'level'; dimension: Dimension; minimum: Level }
  | { kind: 'hosting' }
  | { kind: 'certificate'; scheme: EvidenceScheme }
  | { kind: 'dataInNl' }
  | { kind: 'openSource' }
  | { kind: 'selfHostable' }
  | { kind: 'dpa' }
  | { kind: 'maxNoticeDays'; days: number }
  | { kind: 'dutchSupport' }
  | { kind: 'governmentOnly' }
  | { kind: 'frameworkAgreement' };

export type RequirementKind = Requirement['kind'];

/** A message key with parameters; presenters translate it. */
export type Reason = MessageRef;

/**
 * met: the catalogue shows, with sources, that the service meets it.
 * notMet: a sourced fact shows it does not.
 * notShown: the catalogue has no sourced fact either way; for a buyer that is not met either.
 */
export type Outcome = 'met' | 'notMet' | 'notShown';

export interface RequirementCheck {
  outcome: Outcome;
  /** Why it failed (absent when met), e.g. broker.reason.level. */
  reason?: Reason;
  /** The underlying cause, e.g. the failing rung of the sovereignty assessment. */
  cause?: Reason;
  /** For a met requirement: how it was met when that is not obvious (e.g. self-hosted). */
  note?: Reason;
}

export interface RequirementFailure {
  requirement: Requirement;
  outcome: Exclude<Outcome, 'met'>;
  reason: Reason;
  cause?: Reason;
}

export interface IncludedService {
  entry: ServiceEntry;
  /** Notes on requirements met in a way worth explaining. */
  notes: Reason[];
}

export interface ExcludedService {
  entry: ServiceEntry;
  /** Every requirement the service failed, in requirement order; never empty. */
  failures: RequirementFailure[];
}

export interface MatchResult {
  profile: BuyerProfile;
  mustHaves: MustHaves;
  requirements: Requirement[];
  /** ISO date of the assessment the levels come from. */
  assessedOn: string;
  /** In the catalogue's default order. */
  included: IncludedService[];
  /** In the catalogue's default order. */
  excluded: ExcludedService[];
}
