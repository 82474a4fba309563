/**
 * Result types of the sovereignty model (docs/sovereignty.md v1). The model itself is pure: it sees only
 * catalogue data and the assessment date. Text is never produced here: rung tests, failures and
 * advice are message keys (see src/i18n/messages/<lang>/sovereignty.json) that presenters translate.
 */

export type Level = 0 | 1 | 2 | 3 | 4;
export const LEVELS: readonly Level[] = [0, 1, 2, 3, 4];

export type Dimension = 'jurisdiction' | 'data' | 'openness' | 'assurance';
export const DIMENSIONS: readonly Dimension[] = ['jurisdiction', 'data', 'openness', 'assurance'];

/** Short code per dimension, as in docs/sovereignty.md (J, D, T, A). */
export const DIMENSION_CODE: Record<Dimension, 'J' | 'D' | 'T' | 'A'> = {
  jurisdiction: 'J',
  data: 'D',
  openness: 'T',
  assurance: 'A',
};

/** Parameters of a message; see src/i18n/i18n.ts. */
export type MessageParams = Record<string, string | number>;

/** A message key with its parameters: how the pure model refers to text without producing it. */
export interface MessageRef {
  key: string;
  params?: MessageParams;
}

export interface RungResult {
  /** e.g. 'J3' */
  code: string;
  rung: 1 | 2 | 3 | 4;
  passed: boolean;
  /** Message key + params describing why it passed or failed, e.g. sovereignty.data.D2.failed.nonEea */
  reasonKey: string;
  reasonParams?: Record<string, string | number>;
}

export interface SupplyChainCap {
  /** The service (reached through runsOn, possibly transitively) whose level caps this one. */
  serviceId: string;
  /** The level of that service on this dimension. */
  level: Level;
  /** The runsOn chain from this service to serviceId (both ends excluded/included: [via…, serviceId]). */
  path: string[];
}

export interface DimensionAssessment {
  dimension: Dimension;
  /** Final level after the supply-chain cap. */
  level: Level;
  /** Level from this service's own facts, before the supply-chain cap. */
  ownLevel: Level;
  /** False only for assurance of self-hosted software (left out of the overall minimum). */
  applicable: boolean;
  /** Each rung 1–4 in order, with its outcome. Rungs above the first failure are still evaluated. */
  rungs: RungResult[];
  /** Code of the first rung that failed, e.g. 'D2'; undefined at level 4. */
  firstFailed?: string;
  /** Message keys for the evidence that would raise the level by one rung. */
  raise: MessageRef[];
  /** Set when the supply-chain cap lowered the level. */
  cappedBy?: SupplyChainCap;
  /** Set when self-hosted-software rules decided the level. */
  selfHostedRule?: boolean;
}

export interface Assessment {
  serviceId: string;
  /** ISO date YYYY-MM-DD */
  assessedOn: string;
  overall: Level;
  /** All applicable dimensions equal to the overall level. */
  limitedBy: Dimension[];
  dimensions: Record<Dimension, DimensionAssessment>;
  /** Self-hosted software per docs/sovereignty.md (software model, sourced OSI licence, sourced selfHostable). */
  selfHosted: boolean;
  /**
   * Paths of facts that are present but unsourced (e.g. 'openSource', 'provider.control',
   * 'data.locations') and that the model therefore treated as absent.
   */
  unverifiedFacts: string[];
}
