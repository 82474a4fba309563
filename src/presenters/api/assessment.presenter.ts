import type { Evidence } from '../../domain/catalogue.types';
import { whyNotCounting } from '../../domain/sovereignty/evidence';
import {
  DIMENSIONS,
  type Assessment,
  type Dimension,
  type DimensionAssessment,
  type Level,
  type MessageParams,
  type MessageRef,
  type RungResult,
  type SupplyChainCap,
} from '../../domain/sovereignty/sovereignty.types';
import type { Translate } from '../../i18n/i18n';

/** A model message as open data: its stable key and parameters, plus the text in the chosen language. */
export interface MessageJson {
  key: string;
  params?: MessageParams;
  text: string;
}

export interface RungJson {
  code: string;
  rung: 1 | 2 | 3 | 4;
  reason: MessageJson;
}

export interface DimensionJson {
  level: Level;
  ownLevel: Level;
  applicable: boolean;
  firstFailed?: string;
  passed: RungJson[];
  failed: RungJson[];
  raise: MessageJson[];
  cappedBy?: SupplyChainCap;
  selfHostedRule?: boolean;
}

export interface AssessmentJson {
  assessedOn: string;
  overall: Level;
  limitedBy: Dimension[];
  selfHosted: boolean;
  unverifiedFacts: string[];
  dimensions: Record<Dimension, DimensionJson>;
}

export interface EvidenceJson extends Evidence {
  /** Whether the entry counts towards the assessment on the assessment date (docs/sovereignty.md, A). */
  counting: boolean;
  notCountingReason?: MessageJson;
}

export function presentMessage(ref: MessageRef, t: Translate): MessageJson {
  const json: MessageJson = { key: ref.key, text: t(ref.key, ref.params) };
  if (ref.params) json.params = ref.params;
  return json;
}

function presentRung(rung: RungResult, t: Translate): RungJson {
  return {
    code: rung.code,
    rung: rung.rung,
    reason: presentMessage({ key: rung.reasonKey, params: rung.reasonParams }, t),
  };
}

function presentDimension(d: DimensionAssessment, t: Translate): DimensionJson {
  const json: DimensionJson = {
    level: d.level,
    ownLevel: d.ownLevel,
    applicable: d.applicable,
    passed: d.rungs.filter((r) => r.passed).map((r) => presentRung(r, t)),
    failed: d.rungs.filter((r) => !r.passed).map((r) => presentRung(r, t)),
    raise: d.raise.map((r) => presentMessage(r, t)),
  };
  if (d.firstFailed) json.firstFailed = d.firstFailed;
  if (d.cappedBy) json.cappedBy = d.cappedBy;
  if (d.selfHostedRule) json.selfHostedRule = true;
  return json;
}

/** The full assessment: per dimension the level and every rung test, passed and failed, with reasons. */
export function presentAssessment(assessment: Assessment, t: Translate): AssessmentJson {
  const dimensions = {} as Record<Dimension, DimensionJson>;
  for (const dimension of DIMENSIONS) {
    dimensions[dimension] = presentDimension(assessment.dimensions[dimension], t);
  }
  return {
    assessedOn: assessment.assessedOn,
    overall: assessment.overall,
    limitedBy: [...assessment.limitedBy],
    selfHosted: assessment.selfHosted,
    unverifiedFacts: [...assessment.unverifiedFacts],
    dimensions,
  };
}

/** Each evidence entry as recorded, plus whether it counts on the assessment date and why not. */
export function presentEvidence(
  evidence: readonly Evidence[],
  assessedOn: string,
  t: Translate,
): EvidenceJson[] {
  return evidence.map((entry) => {
    const why = whyNotCounting(entry, assessedOn);
    return why
      ? { ...entry, counting: false, notCountingReason: presentMessage(why, t) }
      : { ...entry, counting: true };
  });
}
