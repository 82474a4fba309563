import type { Translate } from '../../i18n/i18n';
import type { BuyerProfile } from '../../domain/broker/buyer-profiles';
import type { Reason, Requirement, RequirementFailure } from '../../domain/broker/broker.types';
import { DIMENSIONS, DIMENSION_CODE } from '../../domain/sovereignty/sovereignty.types';

/**
 * Parameters that hold a code rather than text, with the message that names the code. Reasons of
 * the broker and causes from the sovereignty model both use them.
 */
const CODE_PARAMS: Record<string, (value: string) => string> = {
  dimension: (v) => `broker.dimension.${v}`,
  fact: (v) => `sovereignty.facts.${v}`,
  control: (v) => `sovereignty.controls.${v}`,
  keyCustody: (v) => `sovereignty.keyCustody.${v}`,
};

/** Translates a reason, naming coded parameters in words (a missing name keeps the code). */
export function reasonText(t: Translate, reason: Reason): string {
  const params: Record<string, string | number> = { ...reason.params };
  for (const [name, value] of Object.entries(params)) {
    const keyOf = CODE_PARAMS[name];
    if (!keyOf || typeof value !== 'string') continue;
    const key = keyOf(value);
    const text = t(key, reason.params);
    if (text !== key) params[name] = text;
  }
  return t(reason.key, params);
}

/** A requirement in words, e.g. "data: at least level 2". */
export function requirementText(t: Translate, requirement: Requirement): string {
  switch (requirement.kind) {
    case 'level':
      return t('broker.requirement.level', {
        dimension: t(`broker.dimension.${requirement.dimension}`),
        minimum: requirement.minimum,
      });
    case 'certificate':
      return t('broker.requirement.certificate', { scheme: requirement.scheme });
    case 'maxNoticeDays':
      return t('broker.requirement.maxNoticeDays', { days: requirement.days });
    default:
      return t(`broker.requirement.${requirement.kind}`);
  }
}

/** The reason of a failure with its cause: "data: level 1, the profile needs 2 — Data locations include …". */
export function failureDetail(t: Translate, failure: RequirementFailure): string {
  const parts = [reasonText(t, failure.reason)];
  if (failure.cause) parts.push(reasonText(t, failure.cause));
  return parts.join(' — ');
}

/** The failure with its outcome first: "Not shown — …". */
export function failureText(t: Translate, failure: RequirementFailure): string {
  return `${t(`broker.outcome.${failure.outcome}`)} — ${failureDetail(t, failure)}`;
}

/** The profile's minimum levels in short form ("J 1, D 2, T 1, A 2"), or the state-secret line. */
export function profileMinimumsText(t: Translate, profile: BuyerProfile): string {
  if (!profile.publicCloudAllowed) return t('broker.profile.noMinimums');
  const levels = DIMENSIONS.map((d) =>
    t('broker.profile.levelShort', { code: DIMENSION_CODE[d], level: profile.minimums[d] }),
  ).join(', ');
  return t('broker.profile.minimums', { levels });
}
