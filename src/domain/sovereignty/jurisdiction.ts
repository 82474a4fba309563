import type { Control } from '../catalogue.types';
import type { DimensionAssessment } from './sovereignty.types';
import type { AssessmentContext } from './assessment-context';
import { findQualification } from './evidence';
import { checkFact } from './fact-check';
import { advice, reason } from './message-keys';
import type { Condition } from './rungs';
import { evaluateDimension, selfHostedDimension } from './rungs';
import { isSelfHostedSoftware } from './self-hosted';

const J1: readonly Control[] = [
  'eu-subsidiary-of-non-eu-parent',
  'european-non-eea',
  'eu-operator-non-eu-technology',
  'eea-controlled',
];
const J2: readonly Control[] = ['european-non-eea', 'eu-operator-non-eu-technology', 'eea-controlled'];
const FACT = 'provider.control';

/** J — control and jurisdiction (CSF SOV-1, SOV-2). Immunity evidence is a qualification. */
export function assessJurisdiction(context: AssessmentContext): DimensionAssessment {
  if (isSelfHostedSoftware(context.service)) return selfHostedDimension('jurisdiction');
  const control = context.provider.control;
  const describe = (value: Control) => reason('control', { control: value });
  const controlIs = (allowed: readonly Control[], rung: string): Condition =>
    checkFact(control, FACT, (v) => allowed.includes(v), describe, advice(`jurisdiction.${rung}`));

  const j2 = controlIs(J2, 'J2');
  const eea = controlIs(['eea-controlled'], 'J4eea');
  const immunity = findQualification(context.service.evidence ?? [], context.assessedOn);
  const immunityCondition: Condition = {
    ok: immunity.met,
    reason: immunity.met
      ? reason('immunity', { scheme: String(immunity.reason.params?.scheme) })
      : immunity.reason,
    advice: advice('jurisdiction.J4immunity'),
  };

  return evaluateDimension('jurisdiction', [
    { rung: 1, conditions: [controlIs(J1, 'J1')] },
    { rung: 2, conditions: [j2] },
    { rung: 3, conditions: [j3(eea, j2, immunityCondition)] },
    { rung: 4, conditions: [eea, immunityCondition] },
  ]);
}

/** J3: EEA-controlled, or J2 plus immunity evidence. Its advice shows only when J2 holds. */
function j3(eea: Condition, j2: Condition, immunity: Condition): Condition {
  const ok = eea.ok || (j2.ok && immunity.ok);
  const why = eea.ok ? eea.reason : j2.ok ? immunity.reason : j2.reason;
  return { ok, reason: why, advice: advice('jurisdiction.J3') };
}
