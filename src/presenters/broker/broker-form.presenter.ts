import { EVIDENCE_SCHEMES } from '../../domain/catalogue.types';
import { BUYER_PROFILES } from '../../domain/broker/buyer-profiles';
import { localized, type Lang, type Translate } from '../../i18n/i18n';
import { schemeName } from '../facts/scheme-name.presenter';
import { profileMinimumsText } from './broker-text';
import { BROKER_FLAGS, BROKER_FLAG_NAMES, type BrokerQuery } from '../../domain/broker/broker-query';

/** Locals of views/components/_broker-form.ejs. */
export interface BrokerFormView {
  action: string;
  profiles: { id: string; name: string; minimums: string; note?: string; checked: boolean }[];
  certificates: { scheme: string; name: string; checked: boolean }[];
  flags: { parameter: string; label: string; checked: boolean }[];
  maxNoticeDays: string;
}

/** The GET form of the broker and the planner, filled in from the current query. */
export function presentBrokerForm(
  action: string,
  query: BrokerQuery,
  t: Translate,
  lang: Lang,
): BrokerFormView {
  const { mustHaves } = query;
  return {
    action,
    profiles: BUYER_PROFILES.map((p) => ({
      id: p.id,
      name: localized(p.name, lang),
      minimums: profileMinimumsText(t, p),
      ...(p.note ? { note: localized(p.note, lang) } : {}),
      checked: query.profile?.id === p.id,
    })),
    certificates: EVIDENCE_SCHEMES.map((scheme) => ({
      scheme,
      name: schemeName(scheme, t),
      checked: mustHaves.certificates.includes(scheme),
    })),
    flags: BROKER_FLAG_NAMES.map((flag) => ({
      parameter: BROKER_FLAGS[flag],
      label: t(`broker.form.${flag}`),
      checked: mustHaves[flag],
    })),
    maxNoticeDays: mustHaves.maxNoticeDays === undefined ? '' : String(mustHaves.maxNoticeDays),
  };
}
