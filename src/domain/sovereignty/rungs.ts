import type { Dimension, DimensionAssessment, Level, MessageRef, RungResult } from './sovereignty.types';
import { DIMENSION_CODE } from './sovereignty.types';
import { reason } from './message-keys';

/** One condition of a rung test: its outcome, why, and the evidence that would make it pass. */
export interface Condition {
  ok: boolean;
  reason: MessageRef;
  advice: MessageRef;
}

/** A rung test beyond "all lower rungs pass": every condition must hold. */
export interface RungSpec {
  rung: 1 | 2 | 3 | 4;
  conditions: Condition[];
  /** Reason shown when the rung passes; defaults to the first condition's reason. */
  passReason?: MessageRef;
}

/**
 * Turns the four rung tests of a dimension into its assessment: the level is the highest rung whose
 * test and all lower rungs' tests pass. A rung whose own conditions hold but sits above a failed
 * rung fails with a reason naming the lower rung. `raise` is the advice of the first failed rung.
 */
export function evaluateDimension(dimension: Dimension, specs: readonly RungSpec[]): DimensionAssessment {
  const code = DIMENSION_CODE[dimension];
  const rungs: RungResult[] = [];
  let level: Level = 0;
  let lowerPassed: boolean = true;
  let raise: MessageRef[] = [];
  for (const spec of specs) {
    const failing = spec.conditions.filter((c) => !c.ok);
    const passed: boolean = failing.length === 0 && lowerPassed;
    const why =
      failing.length > 0
        ? failing[0].reason
        : lowerPassed
          ? (spec.passReason ?? spec.conditions[0].reason)
          : reason('lowerRungFailed', { rung: `${code}${spec.rung - 1}` });
    rungs.push({
      code: `${code}${spec.rung}`,
      rung: spec.rung,
      passed,
      reasonKey: why.key,
      reasonParams: why.params,
    });
    if (passed) level = spec.rung;
    else if (lowerPassed) raise = unique(failing.map((c) => c.advice));
    lowerPassed = passed;
  }
  const firstFailed = rungs.find((r) => !r.passed)?.code;
  return { dimension, level, ownLevel: level, applicable: true, rungs, firstFailed, raise };
}

/** J, D and T of self-hosted software: level 4 by rule, every rung passed for that reason. */
export function selfHostedDimension(dimension: Dimension): DimensionAssessment {
  const code = DIMENSION_CODE[dimension];
  const why = reason(`selfHosted.${dimension}`);
  const rungs: RungResult[] = ([1, 2, 3, 4] as const).map((rung) => ({
    code: `${code}${rung}`,
    rung,
    passed: true,
    reasonKey: why.key,
  }));
  return { dimension, level: 4, ownLevel: 4, applicable: true, rungs, raise: [], selfHostedRule: true };
}

function unique(refs: MessageRef[]): MessageRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => {
    const id = `${ref.key}|${JSON.stringify(ref.params ?? {})}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
