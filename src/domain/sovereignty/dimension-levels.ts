import { DIMENSIONS, type Assessment, type Dimension, type Level } from './sovereignty.types';

/** Per dimension its level, or null where it does not apply (assurance of self-hosted software). */
export function dimensionLevels(assessment: Assessment): Record<Dimension, Level | null> {
  const levels = {} as Record<Dimension, Level | null>;
  for (const d of DIMENSIONS) {
    levels[d] = assessment.dimensions[d].applicable ? assessment.dimensions[d].level : null;
  }
  return levels;
}
