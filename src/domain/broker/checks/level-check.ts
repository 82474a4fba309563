import type { Dimension, Level, RungResult } from '../../sovereignty/sovereignty.types';
import type { ServiceEntry } from '../../catalogue/read-model';
import type { Outcome, Reason, RequirementCheck } from '../broker.types';
import { MET, failed, note, reason } from '../broker-messages';

/**
 * Reasons of the sovereignty model (sovereignty.reasons.*) that mean "no sourced evidence" rather
 * than "a sourced fact to the contrary"; every other failing reason names a contrary fact.
 */
const ABSENCE = new Set(
  [
    'factMissing',
    'factUnverified',
    'evidence.unsourced',
    'evidence.notCovering',
    'evidence.noQualification',
    'assurance.noEntries',
    'assurance.onlyUnsourced',
    'assurance.noIso27001',
    'assurance.noExtension',
    'openness.noExitRoute',
  ].map((path) => `sovereignty.reasons.${path}`),
);

/** Whether a failed rung failed for lack of evidence (not shown) or because of a contrary fact (not met). */
export function rungOutcome(rung: RungResult): Exclude<Outcome, 'met'> {
  return ABSENCE.has(rung.reasonKey) ? 'notShown' : 'notMet';
}

/**
 * The profile's minimum level on one dimension. The cause is the sovereignty model's own reason for
 * the first failed rung, or the supply-chain cap when the service's own facts would have sufficed.
 * Assurance of self-hosted software is not applicable (docs/sovereignty.md) and so never fails.
 */
export function checkLevel(
  entry: ServiceEntry,
  dimension: Dimension,
  minimum: Level,
  serviceName: (id: string) => string,
): RequirementCheck {
  const assessed = entry.assessment.dimensions[dimension];
  if (!assessed.applicable)
    return minimum > 0 ? { outcome: 'met', note: note('notApplicable', { dimension }) } : MET;
  if (assessed.level >= minimum) return MET;

  const why = reason('level', { dimension, level: assessed.level, required: minimum });
  const cap = assessed.cappedBy;
  if (cap && assessed.ownLevel >= minimum) {
    const cause: Reason = reason('cappedBy', { service: serviceName(cap.serviceId), level: cap.level });
    return failed('notMet', why, cause);
  }
  const rung = assessed.rungs.find((r) => r.rung === assessed.ownLevel + 1);
  if (!rung) return failed('notMet', why);
  const cause: Reason = rung.reasonParams
    ? { key: rung.reasonKey, params: rung.reasonParams }
    : { key: rung.reasonKey };
  return failed(rungOutcome(rung), why, cause);
}
