import type { DimensionAssessment } from './sovereignty.types';
import type { AssessmentContext } from './assessment-context';
import { checkFact, describeBoolean, describeList, nonEmpty } from './fact-check';
import { advice, reason } from './message-keys';
import type { Condition } from './rungs';
import { evaluateDimension, selfHostedDimension } from './rungs';
import { isOsiApproved } from './osi-licence';
import { isSelfHostedSoftware } from './self-hosted';

/** T — openness and exit (CSF SOV-4, SOV-6; EU Data Act Art. 23–31). */
export function assessOpenness(context: AssessmentContext): DimensionAssessment {
  if (isSelfHostedSoftware(context.service)) return selfHostedDimension('openness');
  const exit = context.service.exit ?? {};
  const formats = checkFact(
    exit.exportFormats,
    'exit.exportFormats',
    nonEmpty,
    describeList('exit.exportFormats'),
    advice('openness.T3formats'),
  );
  const standards = checkFact(
    exit.openStandards,
    'exit.openStandards',
    nonEmpty,
    describeList('exit.openStandards'),
    advice('openness.T3standards'),
  );
  const switching = checkFact(
    exit.dataActSwitching,
    'exit.dataActSwitching',
    (v) => v,
    describeBoolean('exit.dataActSwitching'),
    advice('openness.T2'),
  );
  const licence = checkFact(
    context.service.openSource,
    'openSource',
    (v) => isOsiApproved(v.licence) && v.selfHostable === true,
    (v) =>
      !isOsiApproved(v.licence)
        ? reason('openness.notOsi', { licence: v.licence })
        : v.selfHostable !== true
          ? reason('openness.notSelfHostable', { licence: v.licence })
          : reason('openness.osiSelfHostable', { licence: v.licence }),
    advice('openness.T4'),
  );

  return evaluateDimension('openness', [
    { rung: 1, conditions: [exitRoute(formats, standards)] },
    { rung: 2, conditions: [switching] },
    { rung: 3, conditions: [standards, formats], passReason: reason('openness.standardsAndFormats') },
    { rung: 4, conditions: [licence] },
  ]);
}

/** T1: either list, sourced and non-empty. The reason is that of the list that passed, or why not. */
function exitRoute(formats: Condition, standards: Condition): Condition {
  const passing = [formats, standards].find((c) => c.ok);
  if (passing) return { ok: true, reason: passing.reason, advice: advice('openness.T1') };
  // A list present without a source is the nearest way up: say so, and advise sourcing it.
  const unverified = [formats, standards].find((c) => c.reason.key.endsWith('.factUnverified'));
  const sourceIt = unverified?.advice.key.endsWith('.sourceFact') ? unverified.advice : undefined;
  return {
    ok: false,
    reason: unverified?.reason ?? reason('openness.noExitRoute'),
    advice: sourceIt ?? advice('openness.T1'),
  };
}
