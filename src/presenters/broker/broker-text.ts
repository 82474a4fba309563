import type { Lang, Translate } from '../../i18n/i18n';
import type { BuyerProfile } from '../../domain/broker/buyer-profiles';
import type { Reason, Requirement, RequirementFailure } from '../../domain/broker/broker.types';
import { DIMENSIONS, DIMENSION_CODE } from '../../domain/sovereignty/sovereignty.types';
import type { ReadModel } from '../../domain/catalogue/read-model';
import { countryName } from '../facts/fact.presenter';
import { schemeName } from '../facts/scheme-name.presenter';
import { sovereigntyText } from '../sovereignty/sovereignty-message.presenter';

/** What turning broker reasons into words needs. */
export interface TextContext {
  t: Translate;
  lang: Lang;
  model: ReadModel;
}

/**
 * Translates a reason. Causes taken from the sovereignty model go through its own presenter (fact
 * paths, control classes and country codes in words); broker reasons name their dimension.
 */
export function reasonText(ctx: TextContext, reason: Reason): string {
  if (reason.key.startsWith('sovereignty.')) return sovereigntyText(reason, ctx.t, ctx.lang, ctx.model);
  const params = { ...reason.params };
  if (typeof params.dimension === 'string') params.dimension = ctx.t(`broker.dimension.${params.dimension}`);
  if (typeof params.scheme === 'string') params.scheme = schemeName(params.scheme, ctx.t);
  if (typeof params.countries === 'string') {
    params.countries = params.countries
      .split(', ')
      .map((code) => countryName(code, ctx.lang))
      .join(', ');
  }
  return ctx.t(reason.key, params);
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
      return t('broker.requirement.certificate', { scheme: schemeName(requirement.scheme, t) });
    case 'maxNoticeDays':
      return t('broker.requirement.maxNoticeDays', { days: requirement.days });
    default:
      return t(`broker.requirement.${requirement.kind}`);
  }
}

/** The reason of a failure with its cause: "data: level 1, the profile needs 2 — Data locations include …". */
export function failureDetail(ctx: TextContext, failure: RequirementFailure): string {
  const parts = [reasonText(ctx, failure.reason)];
  if (failure.cause) parts.push(reasonText(ctx, failure.cause));
  return parts.join(' — ');
}

/** The profile's minimum levels in short form ("J 1, D 2, T 1, A 2"), or the state-secret line. */
export function profileMinimumsText(t: Translate, profile: BuyerProfile): string {
  if (!profile.publicCloudAllowed) return t('broker.profile.noMinimums');
  const levels = DIMENSIONS.map((d) =>
    t('broker.profile.levelShort', { code: DIMENSION_CODE[d], level: profile.minimums[d] }),
  ).join(', ');
  return t('broker.profile.minimums', { levels });
}
