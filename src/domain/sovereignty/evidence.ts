import type { Evidence, EvidenceScheme } from '../catalogue.types';
import type { MessageRef } from './sovereignty.types';
import { reason } from './message-keys';

/**
 * Why an evidence entry does not count on the assessment date, or undefined when it counts
 * (docs/sovereignty.md, A): sourced, coversService = true, not in progress, validUntil not before the date.
 * ISO dates compare correctly as strings.
 */
export function whyNotCounting(entry: Evidence, assessedOn: string): MessageRef | undefined {
  const scheme = entry.scheme;
  if ((entry.sources?.length ?? 0) === 0) return reason('evidence.unsourced', { scheme });
  if (entry.coversService !== true) return reason('evidence.notCovering', { scheme });
  if (entry.status === 'in-progress') return reason('evidence.inProgress', { scheme });
  if (entry.validUntil !== undefined && entry.validUntil < assessedOn) {
    return reason('evidence.expired', { scheme, date: entry.validUntil });
  }
  return undefined;
}

export function counts(entry: Evidence, assessedOn: string): boolean {
  return whyNotCounting(entry, assessedOn) === undefined;
}

/** One acceptable kind of evidence: a scheme, plus an extra test (e.g. SOC 2 must be type 2). */
export interface EvidenceOption {
  scheme: EvidenceScheme;
  /** Reason the entry falls short of the extra requirement, or undefined when it meets it. */
  shortfall?: (entry: Evidence) => MessageRef | undefined;
}

/** A qualification: SecNumCloud with status qualified, or EUCS at level high (docs/sovereignty.md, A). */
export const QUALIFICATION: readonly EvidenceOption[] = [
  {
    scheme: 'SecNumCloud',
    shortfall: (e) =>
      e.status === 'qualified' ? undefined : reason('evidence.notQualified', { scheme: e.scheme }),
  },
  {
    scheme: 'EUCS',
    shortfall: (e) =>
      e.level === 'high' ? undefined : reason('evidence.levelNotHigh', { scheme: e.scheme }),
  },
];

const type2 = (e: Evidence): MessageRef | undefined =>
  e.level === 'type2' ? undefined : reason('evidence.notType2', { scheme: e.scheme });

/** A3's extension beyond ISO 27001 (a qualification is added by the caller). */
export const A3_EXTENSION: readonly EvidenceOption[] = [
  { scheme: 'ISO27017' },
  { scheme: 'ISO27018' },
  { scheme: 'ISO27701' },
  { scheme: 'C5', shortfall: type2 },
  { scheme: 'SOC2', shortfall: type2 },
];

export interface EvidenceFinding {
  met: boolean;
  /** The counting entry that met the requirement, or why the closest candidate fell short. */
  reason: MessageRef;
}

/**
 * Whether any entry meets one of the options and counts. When none does, the reason is that of the
 * first candidate entry (right scheme) in catalogue order, or `missing` when there is no candidate.
 */
export function findEvidence(
  evidence: readonly Evidence[],
  assessedOn: string,
  options: readonly EvidenceOption[],
  missing: MessageRef,
): EvidenceFinding {
  let firstShortfall: MessageRef | undefined;
  for (const entry of evidence) {
    const option = options.find((o) => o.scheme === entry.scheme);
    if (!option) continue;
    const shortfall = whyNotCounting(entry, assessedOn) ?? option.shortfall?.(entry);
    if (!shortfall) return { met: true, reason: reason('evidence.counts', { scheme: entry.scheme }) };
    firstShortfall ??= shortfall;
  }
  return { met: false, reason: firstShortfall ?? missing };
}

/** Whether the service holds a qualification, which is also the J3/J4 immunity evidence. */
export function findQualification(evidence: readonly Evidence[], assessedOn: string): EvidenceFinding {
  return findEvidence(evidence, assessedOn, QUALIFICATION, reason('evidence.noQualification'));
}
