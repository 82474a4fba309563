import type { DimensionAssessment, MessageRef } from '../sovereignty/sovereignty.types';

/** The reason of a dimension's first failed rung (why it is not one higher); undefined at level 4. */
export function firstFailedReason(assessed: DimensionAssessment | undefined): MessageRef | undefined {
  const rung = assessed?.rungs.find((r) => r.code === assessed.firstFailed);
  if (!rung) return undefined;
  return rung.reasonParams ? { key: rung.reasonKey, params: rung.reasonParams } : { key: rung.reasonKey };
}
