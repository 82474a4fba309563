import type { Assessment, Dimension, DimensionAssessment, Level, SupplyChainCap } from './sovereignty.types';
import { DIMENSIONS } from './sovereignty.types';
import type { AssessmentContext } from './assessment-context';
import { assessAssurance } from './assurance';
import { assessData } from './data';
import { assessJurisdiction } from './jurisdiction';
import { advice } from './message-keys';
import { assessOpenness } from './openness';
import { isSelfHostedSoftware } from './self-hosted';
import { unverifiedFacts } from './unverified-facts';

/** One service on its own facts, before the supply-chain cap (which needs the other services). */
export function assessOwnFacts(context: AssessmentContext): Assessment {
  const dimensions: Record<Dimension, DimensionAssessment> = {
    jurisdiction: assessJurisdiction(context),
    data: assessData(context),
    openness: assessOpenness(context),
    assurance: assessAssurance(context),
  };
  return withOverall({
    serviceId: context.service.id,
    assessedOn: context.assessedOn,
    overall: 0,
    limitedBy: [],
    dimensions,
    selfHosted: isSelfHostedSoftware(context.service),
    unverifiedFacts: unverifiedFacts(context),
  });
}

/**
 * Applies a supply-chain cap to one dimension. The level drops to the cap when the cap is lower
 * (recorded in cappedBy). Whenever the cap binds (cap ≤ own level < 4), raising the level also
 * needs a stronger underlying service, so that advice is added; when the cap is lower, it is the
 * only advice, since the service's own facts already reach higher.
 */
export function applyCap(
  dimension: DimensionAssessment,
  cap: SupplyChainCap | undefined,
): DimensionAssessment {
  if (!cap || cap.level > dimension.ownLevel || (dimension.ownLevel === 4 && cap.level === 4))
    return dimension;
  const lowered = cap.level < dimension.ownLevel;
  const level: Level = lowered ? cap.level : dimension.level;
  const supplyAdvice = advice('supplyChain', { service: cap.serviceId, level: level + 1 });
  return {
    ...dimension,
    level,
    raise: lowered ? [supplyAdvice] : [...dimension.raise, supplyAdvice],
    ...(lowered ? { cappedBy: cap } : {}),
  };
}

/** overall = min of the applicable dimensions; limitedBy = all applicable dimensions at that minimum. */
export function withOverall(assessment: Assessment): Assessment {
  const applicable = DIMENSIONS.filter((d) => assessment.dimensions[d].applicable);
  const overall = Math.min(...applicable.map((d) => assessment.dimensions[d].level)) as Level;
  const limitedBy = applicable.filter((d) => assessment.dimensions[d].level === overall);
  return { ...assessment, overall, limitedBy };
}
