import type { DimensionAssessment } from './sovereignty.types';
import type { AssessmentContext } from './assessment-context';
import { A3_EXTENSION, QUALIFICATION, findEvidence, findQualification } from './evidence';
import { advice, reason } from './message-keys';
import type { Condition } from './rungs';
import { evaluateDimension } from './rungs';
import { isSelfHostedSoftware } from './self-hosted';

/**
 * A — assurance (CSF SOV-7). For self-hosted software the level is still computed from the
 * vendor's evidence (shown for information) but marked not applicable: the buyer's own hosting
 * carries the assurance, so it is left out of the overall minimum and no advice is given.
 */
export function assessAssurance(context: AssessmentContext): DimensionAssessment {
  const { assessedOn } = context;
  const evidence = context.service.evidence ?? [];
  // Principle 2: an unsourced entry counts as absent, so A1 needs a sourced entry.
  const sourced = evidence.filter((e) => (e.sources?.length ?? 0) > 0);
  const exists: Condition = {
    ok: sourced.length > 0,
    reason:
      sourced.length > 0
        ? reason('assurance.entries', { count: sourced.length })
        : evidence.length > 0
          ? reason('assurance.onlyUnsourced')
          : reason('assurance.noEntries'),
    advice: advice('assurance.A1'),
  };
  const qualification = findQualification(evidence, assessedOn);
  const iso27001 = findEvidence(
    evidence,
    assessedOn,
    [{ scheme: 'ISO27001' }, ...QUALIFICATION],
    reason('assurance.noIso27001'),
  );
  const extension = findEvidence(
    evidence,
    assessedOn,
    [...A3_EXTENSION, ...QUALIFICATION],
    reason('assurance.noExtension'),
  );

  const assessment = evaluateDimension('assurance', [
    { rung: 1, conditions: [exists] },
    { rung: 2, conditions: [{ ok: iso27001.met, reason: iso27001.reason, advice: advice('assurance.A2') }] },
    {
      rung: 3,
      conditions: [{ ok: extension.met, reason: extension.reason, advice: advice('assurance.A3') }],
    },
    {
      rung: 4,
      conditions: [{ ok: qualification.met, reason: qualification.reason, advice: advice('assurance.A4') }],
    },
  ]);
  if (!isSelfHostedSoftware(context.service)) return assessment;
  return { ...assessment, applicable: false, raise: [], selfHostedRule: true };
}
