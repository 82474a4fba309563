import type { Fact } from '../catalogue.types';
import type { MessageRef } from './sovereignty.types';
import type { Condition } from './rungs';
import { advice as adviceRef, reason } from './message-keys';

/**
 * A condition on one fact (docs/sovereignty.md principle 2: evidence raises, absence never does).
 * Missing → fails; present without a source → fails as absent, and when its value would have
 * passed, the advice is to source it; sourced → the test decides and `describe` says why.
 */
export function checkFact<T>(
  fact: Fact<T> | undefined,
  path: string,
  test: (value: T) => boolean,
  describe: (value: T) => MessageRef,
  advice: MessageRef,
): Condition {
  if (fact === undefined) return { ok: false, reason: reason('factMissing', { fact: path }), advice };
  if ((fact.sources?.length ?? 0) === 0) {
    return {
      ok: false,
      reason: reason('factUnverified', { fact: path }),
      advice: test(fact.value) ? adviceRef('sourceFact', { fact: path }) : advice,
    };
  }
  return { ok: test(fact.value), reason: describe(fact.value), advice };
}

/** Describes a sourced boolean fact as "is true" / "is false". */
export function describeBoolean(path: string): (value: boolean) => MessageRef {
  return (value) => reason(value ? 'factTrue' : 'factFalse', { fact: path });
}

/** A sourced list fact with at least one item. */
export function nonEmpty(value: readonly string[]): boolean {
  return value.length > 0;
}

/** Describes a sourced list fact: its items, or that it is empty. */
export function describeList(path: string): (value: readonly string[]) => MessageRef {
  return (value) =>
    value.length > 0
      ? reason('factList', { fact: path, list: value.join(', ') })
      : reason('factEmpty', { fact: path });
}
