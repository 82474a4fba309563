import type { Evidence, EvidenceScheme, Source } from '../catalogue.types';
import { EVIDENCE_SCHEMES } from '../catalogue.types';
import type { Cell, ComparedService, EvidenceSummary } from './compare.types';
import { unknownCell } from './cells';
import type { Ranker } from './rankers';

/** Schemes held by any of the compared services, in the catalogue's scheme order. */
export function schemesPresent(entries: readonly ComparedService[]): EvidenceScheme[] {
  const present = new Set(entries.flatMap((e) => (e.service.evidence ?? []).map((ev) => ev.scheme)));
  return EVIDENCE_SCHEMES.filter((scheme) => present.has(scheme));
}

/** docs/sovereignty.md, dimension A: when an evidence entry counts on the assessment date. */
export function summariseEvidence(evidence: Evidence, assessedOn: string): EvidenceSummary {
  const sourced = (evidence.sources?.length ?? 0) > 0;
  const expired = evidence.validUntil !== undefined && evidence.validUntil < assessedOn;
  const coversService = evidence.coversService === true;
  return {
    ...(evidence.level ? { level: evidence.level } : {}),
    ...(evidence.status ? { status: evidence.status } : {}),
    ...(evidence.scope ? { scope: evidence.scope } : {}),
    ...(evidence.validUntil ? { validUntil: evidence.validUntil } : {}),
    coversService,
    expired,
    sourced,
    counts: sourced && coversService && evidence.status !== 'in-progress' && !expired,
  };
}

/**
 * One cell per service for a scheme: all its entries of that scheme. Sourced when any entry is
 * sourced (each entry keeps its own flag); no entry → unknown, since absence from the catalogue
 * does not prove the service lacks the certificate.
 */
export function evidenceCell(entry: ComparedService, scheme: EvidenceScheme, assessedOn: string): Cell {
  const evidence = (entry.service.evidence ?? []).filter((ev) => ev.scheme === scheme);
  if (evidence.length === 0) return unknownCell(entry.service.id);
  const entries = evidence.map((ev) => summariseEvidence(ev, assessedOn));
  return {
    serviceId: entry.service.id,
    state: entries.some((e) => e.sourced) ? 'value' : 'unverified',
    origin: 'fact',
    value: { type: 'evidence', scheme, entries },
    sources: uniqueSources(evidence.flatMap((ev) => ev.sources ?? [])),
    best: false,
  };
}

/** A service whose entry counts for the sovereignty model beats one whose entries do not. */
export const evidenceRank: Ranker = (cell) =>
  cell.value?.type === 'evidence' ? (cell.value.entries.some((e) => e.counts) ? 1 : 0) : undefined;

function uniqueSources(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => (seen.has(s.url) ? false : (seen.add(s.url), true)));
}
