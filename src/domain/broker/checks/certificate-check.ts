import type { EvidenceScheme } from '../../catalogue.types';
import { whyNotCounting } from '../../sovereignty/evidence';
import type { ServiceEntry } from '../../catalogue/read-model';
import type { RequirementCheck } from '../broker.types';
import { MET, failed, reason } from '../broker-messages';

/** Reasons of the sovereignty model that rest on a sourced contrary fact rather than on absence. */
const CONTRARY = new Set(['sovereignty.reasons.evidence.expired', 'sovereignty.reasons.evidence.inProgress']);

/**
 * A required certificate: at least one evidence entry of the scheme that *counts* on the assessment
 * date, by the sovereignty model's own rule (sourced, covers the service, not in progress, not
 * expired). When none counts, the cause is the first candidate's shortfall in catalogue order.
 * Expired or in-progress evidence is "not met"; missing, unsourced or company-level evidence is
 * "not shown".
 */
export function checkCertificate(
  entry: ServiceEntry,
  scheme: EvidenceScheme,
  assessedOn: string,
): RequirementCheck {
  const candidates = (entry.service.evidence ?? []).filter((e) => e.scheme === scheme);
  const shortfalls = candidates.map((e) => whyNotCounting(e, assessedOn));
  if (shortfalls.some((s) => s === undefined)) return MET;
  const why = reason('certificate', { scheme });
  const first = shortfalls[0];
  if (!first) return failed('notShown', why, reason('certificateMissing', { scheme }));
  return failed(CONTRARY.has(first.key) ? 'notMet' : 'notShown', why, first);
}
