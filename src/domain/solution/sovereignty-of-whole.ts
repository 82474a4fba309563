import { DIMENSIONS, type Dimension, type Level, type MessageRef } from '../sovereignty/sovereignty.types';
import type { ServiceEntry } from '../../domain/catalogue/read-model';
import type { Component } from './composition';
import { firstFailedReason } from './rung-reason';

/** Dimensions a self-hosted component takes from the infrastructure it runs on (issue 17). */
const INHERITED: readonly Dimension[] = ['jurisdiction', 'data'];

/** One component's level on one dimension, and what decided it. */
export interface ComponentDimension {
  serviceId: string;
  level: Level;
  applicable: boolean;
  /** The service whose own facts decide the level (this one, its host, or what it runs on). */
  decidedBy: string;
  /** The chain from this component to `decidedBy` (empty when its own facts decide). */
  via: string[];
  /** The first failed rung of the deciding service (why it is not higher); absent at level 4. */
  cause?: MessageRef;
  /** Software whose host is not chosen yet: the level can still fall. */
  undetermined: boolean;
}

export interface WholeDimension {
  dimension: Dimension;
  /** The weakest applicable component's level; undefined when no component is assessed on it. */
  level?: Level;
  /** Every applicable component at that level, in component order. */
  limiting: ComponentDimension[];
  /** Software components whose host is not chosen: the level is an upper bound until they are. */
  undetermined: string[];
  components: ComponentDimension[];
}

export interface WholeSovereignty {
  /** min over the dimensions that apply; undefined for an empty composition. */
  overall?: Level;
  limitedBy: Dimension[];
  dimensions: Record<Dimension, WholeDimension>;
  /** True while some software has no host: the levels are upper bounds. */
  provisional: boolean;
}

/**
 * Sovereignty of the whole (issue 17): per dimension the weakest component (SOVEREIGNTY.md principle 1
 * applied across components), where software inherits J and D from the host the buyer chose (principle
 * 4, applied to the buyer's choice as the catalogue applies it to `runsOn`). Assurance of self-hosted
 * software is not applicable and left out, as in the method.
 */
export function assessWhole(
  components: readonly Component[],
  serviceById: ReadonlyMap<string, ServiceEntry>,
): WholeSovereignty {
  const dimensions = {} as Record<Dimension, WholeDimension>;
  for (const dimension of DIMENSIONS) {
    const levels = components.map((c) => componentDimension(c, dimension, serviceById));
    const applicable = levels.filter((l) => l.applicable);
    const level = applicable.length ? (Math.min(...applicable.map((l) => l.level)) as Level) : undefined;
    dimensions[dimension] = {
      dimension,
      level,
      limiting: applicable.filter((l) => l.level === level),
      undetermined: levels.filter((l) => l.undetermined).map((l) => l.serviceId),
      components: levels,
    };
  }
  const applied = DIMENSIONS.filter((d) => dimensions[d].level !== undefined);
  const overall = applied.length
    ? (Math.min(...applied.map((d) => dimensions[d].level as number)) as Level)
    : undefined;
  return {
    overall,
    limitedBy: applied.filter((d) => dimensions[d].level === overall),
    dimensions,
    provisional: DIMENSIONS.some((d) => dimensions[d].undetermined.length > 0),
  };
}

function componentDimension(
  component: Component,
  dimension: Dimension,
  serviceById: ReadonlyMap<string, ServiceEntry>,
): ComponentDimension {
  const { entry } = component;
  const own = entry.assessment.dimensions[dimension];
  const serviceId = entry.service.id;
  let result: ComponentDimension = {
    serviceId,
    level: own.level,
    applicable: own.applicable,
    decidedBy: own.cappedBy?.serviceId ?? serviceId,
    via: own.cappedBy?.path ?? [],
    cause: causeOf(own.cappedBy ? serviceById.get(own.cappedBy.serviceId) : entry, dimension),
    undetermined: false,
  };
  if (!component.software || !INHERITED.includes(dimension)) return result;
  const host = component.host;
  if (host === undefined) return { ...result, undetermined: true };
  if (host.kind === 'own') return result;
  const base = serviceById.get(host.serviceId);
  if (!base) return result;
  const hostLevel = base.assessment.dimensions[dimension];
  if (hostLevel.level < result.level) {
    result = {
      ...result,
      level: hostLevel.level,
      decidedBy: hostLevel.cappedBy?.serviceId ?? host.serviceId,
      via: [host.serviceId, ...(hostLevel.cappedBy?.path ?? [])],
      cause: causeOf(hostLevel.cappedBy ? serviceById.get(hostLevel.cappedBy.serviceId) : base, dimension),
    };
  }
  return result;
}

function causeOf(entry: ServiceEntry | undefined, dimension: Dimension): MessageRef | undefined {
  return firstFailedReason(entry?.assessment.dimensions[dimension]);
}
