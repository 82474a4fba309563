import type { Assessment, Dimension, DimensionAssessment } from './sovereignty.types';
import { DIMENSIONS } from './sovereignty.types';

/**
 * Makes equal parts of different assessments one shared, frozen object. Most services of a large
 * catalogue pass and fail the same rungs for the same reasons: the synthetic catalogue of 40,000
 * services has 11,814 distinct dimension outcomes among 160,000. Held once each, they take a
 * fraction of the memory and of the garbage collector's marking work. Assessments are read-only
 * once made; freezing the shared parts makes any later write fail loudly instead of changing
 * another service's assessment.
 */
export function shareEqualParts(assessments: Map<string, Assessment>): Map<string, Assessment> {
  const pool = new Map<string, unknown>();
  const share = <T>(value: T): T => {
    const key = JSON.stringify(value);
    const found = pool.get(key);
    if (found !== undefined) return found as T;
    pool.set(key, deepFreeze(value));
    return value;
  };
  const shared = new Map<string, Assessment>();
  for (const [id, assessment] of assessments) {
    const dimensions = {} as Record<Dimension, DimensionAssessment>;
    for (const dimension of DIMENSIONS) dimensions[dimension] = share(assessment.dimensions[dimension]);
    shared.set(id, {
      ...assessment,
      limitedBy: share(assessment.limitedBy),
      unverifiedFacts: share(assessment.unverifiedFacts),
      dimensions,
    });
  }
  return shared;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
