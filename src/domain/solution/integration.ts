import type { Component } from './composition';
import { PAIR_RULES, rolesOf, type PairKind } from './integration-rules';
import { standardsOf, STANDARDS, type StandardsFact, type StandardsVocabulary } from './standards';

export type Outcome = 'met' | 'notMet' | 'unknown';

export interface IntegrationPair {
  kind: PairKind;
  /** Service ids; `a` is the identity service for identity pairs. */
  a: string;
  b: string;
  /** One component fills both roles: nothing to integrate. */
  sameComponent: boolean;
  outcome: Outcome;
  /** Standards of the pair's rule both sides name (vocabulary ids, rule order). */
  shared: string[];
  /** The rule's standards. */
  required: string[];
  /** Sides whose open standards the catalogue does not show (no sourced fact). */
  unknownSides: string[];
}

export interface Integration {
  pairs: IntegrationPair[];
  /** Ids of the identity components; empty means no identity service was chosen. */
  identity: string[];
  /** Per component, its open standards in the vocabulary's terms. */
  standards: Map<string, StandardsFact>;
  outcome: Outcome;
}

/**
 * Integration (issue 17): for each pair that must work together, whether both name an open standard
 * of the pair's rule. A side without a sourced `exit.openStandards` makes the pair unknown, never
 * met; a pair is not met only when both sides are known and share none of the rule's standards.
 */
export function assessIntegration(
  components: readonly Component[],
  vocabulary: StandardsVocabulary = STANDARDS,
): Integration {
  const standards = new Map(
    components.map((c) => [c.entry.service.id, standardsOf(c.entry.service.exit?.openStandards, vocabulary)]),
  );
  const roles = new Map(components.map((c) => [c.entry.service.id, rolesOf(c.slots)]));
  const ids = components.map((c) => c.entry.service.id);
  const identity = ids.filter((id) => roles.get(id)?.has('identity'));
  const pairs: IntegrationPair[] = [];
  const seen = new Set<string>();
  const add = (kind: PairKind, a: string, b: string, required: string[]) => {
    const key = `${kind}\u0000${[a, b].sort().join('\u0000')}`;
    if (seen.has(key)) return;
    seen.add(key);
    pairs.push(pairOf(kind, a, b, required, standards));
  };
  for (const rule of PAIR_RULES) {
    if (rule.kind === 'identity') {
      for (const idp of identity)
        for (const other of ids) if (other !== idp) add(rule.kind, idp, other, rule.standards);
      continue;
    }
    const [first, second] = rule.roles;
    for (const a of ids.filter((id) => roles.get(id)?.has(first))) {
      for (const b of ids.filter((id) => roles.get(id)?.has(second))) add(rule.kind, a, b, rule.standards);
    }
  }
  const outcomes = pairs.map((p) => p.outcome);
  const outcome: Outcome = outcomes.includes('notMet')
    ? 'notMet'
    : outcomes.includes('unknown') || (identity.length === 0 && ids.length > 0)
      ? 'unknown'
      : 'met';
  return { pairs, identity, standards, outcome };
}

function pairOf(
  kind: PairKind,
  a: string,
  b: string,
  required: string[],
  standards: Map<string, StandardsFact>,
): IntegrationPair {
  if (a === b)
    return { kind, a, b, sameComponent: true, outcome: 'met', shared: [], required, unknownSides: [] };
  const sa = standards.get(a);
  const sb = standards.get(b);
  const unknownSides = [sa?.known ? undefined : a, sb?.known ? undefined : b].filter(
    (id): id is string => id !== undefined,
  );
  const shared = required.filter((id) => sa?.ids.includes(id) && sb?.ids.includes(id));
  const outcome: Outcome = shared.length > 0 ? 'met' : unknownSides.length > 0 ? 'unknown' : 'notMet';
  return { kind, a, b, sameComponent: false, outcome, shared, required, unknownSides };
}
