import { isSourced } from '../../domain/catalogue.types';
import { counts } from '../../domain/sovereignty/evidence';
import { localized, type Lang, type Translate } from '../../i18n/i18n';
import type { ServiceEntry } from '../../domain/catalogue/read-model';
import { countryName } from '../facts/fact.presenter';
import { schemeName } from '../facts/scheme-name.presenter';
import { presentLevelBadge, type LevelBadgeView } from '../sovereignty/level-badge.presenter';

export interface ServiceCardView {
  id: string;
  href: string;
  name: string;
  provider: { name: string; href: string; country: string };
  serviceModel: string;
  summary: string;
  badge: LevelBadgeView;
  /** The name of the view the badge's level is in, when it is not the default view. */
  levelView?: string;
  /** Country names; `locationsState` says whether they are sourced, unsourced or absent. */
  locations: string[];
  locationsState: 'value' | 'unverified' | 'unknown';
  /** Schemes of the evidence entries that count on the assessment date. */
  certificates: string[];
}

const presented = new WeakMap<ServiceEntry, Map<string, ServiceCardView>>();

/**
 * presentServiceCard (with the name of the level view when not the default), made once per service
 * entry, assessment date, language and view and then reused:
 * an entry belongs to one read model, so the cards go with it when the catalogue changes. The same
 * object each time also lets the list page keep the card's rendered HTML (views' `fragment`).
 */
export function serviceCardOf(
  entry: ServiceEntry,
  assessedOn: string,
  t: Translate,
  lang: Lang,
  levelView?: string,
): ServiceCardView {
  let byLang = presented.get(entry);
  if (!byLang) {
    byLang = new Map();
    presented.set(entry, byLang);
  }
  const key = `${lang} ${assessedOn} ${levelView ?? ''}`;
  let card = byLang.get(key);
  if (!card) {
    card = { ...presentServiceCard(entry, assessedOn, t, lang), ...(levelView ? { levelView } : {}) };
    byLang.set(key, card);
  }
  return card;
}

/** One result card: what a buyer scans a list for, with the level as number and name. */
export function presentServiceCard(
  entry: ServiceEntry,
  assessedOn: string,
  t: Translate,
  lang: Lang,
): ServiceCardView {
  const { service, provider } = entry;
  const located = service.data?.locations;
  const certificates = [
    ...new Set((service.evidence ?? []).filter((e) => counts(e, assessedOn)).map((e) => e.scheme)),
  ];
  return {
    id: service.id,
    href: `/services/${service.id}`,
    name: service.name,
    provider: {
      name: provider.name,
      href: `/providers/${provider.id}`,
      country: countryName(provider.hqCountry, lang),
    },
    serviceModel: t(`filters.option.model.${service.serviceModel}`),
    summary: firstSentence(localized(service.summary, lang)),
    badge: presentLevelBadge(entry.assessment.overall, t),
    locations: (located?.value ?? []).map((code) => countryName(code, lang)),
    locationsState: !located ? 'unknown' : isSourced(located) ? 'value' : 'unverified',
    certificates: certificates.map((scheme) => schemeName(scheme, t)),
  };
}

/** The one-line summary of a card: the first sentence of the catalogue summary. */
function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return end < 0 ? text : text.slice(0, end + 1);
}
