import type { Provider } from '../../domain/catalogue.types';
import { localized, type Lang, type Translate } from '../../i18n/i18n';
import type { ReadModel } from '../../domain/catalogue/read-model';
import { countryName, formatDate, presentFact, type FactView } from '../facts/fact.presenter';

export interface ProviderPageView {
  title: string;
  breadcrumbs: { href?: string; label: string }[];
  provider: {
    name: string;
    legalName?: string;
    type: string;
    hqCountry: string;
    ultimateParent?: string;
    website?: string;
    description: string;
    control: FactView;
  };
  /** The assessment date of the levels shown. */
  assessedOn: string;
  services: {
    href: string;
    name: string;
    summary: string;
    serviceModel: string;
    overall: number;
    levelName: string;
  }[];
}

export function presentProviderPage(
  provider: Provider,
  model: ReadModel,
  t: Translate,
  lang: Lang,
): ProviderPageView {
  return {
    title: provider.name,
    breadcrumbs: [{ label: provider.name }],
    provider: {
      name: provider.name,
      legalName: provider.legalName,
      type: t(`facts.enum.providerType.${provider.type}`),
      hqCountry: countryName(provider.hqCountry, lang),
      ultimateParent: provider.ultimateParent
        ? `${provider.ultimateParent.name} (${countryName(provider.ultimateParent.country, lang)})`
        : undefined,
      website: provider.website,
      description: localized(provider.description, lang),
      control: presentFact(provider.control, 'provider.control', { enum: 'control' }, t, lang),
    },
    assessedOn: formatDate(model.assessedOn, lang),
    services: (model.servicesByProvider.get(provider.id) ?? []).map((e) => ({
      href: `/services/${e.service.id}`,
      name: e.service.name,
      summary: localized(e.service.summary, lang),
      serviceModel: t(`facts.enum.serviceModel.${e.service.serviceModel}`),
      overall: e.assessment.overall,
      levelName: t(`sovereignty.levels.${e.assessment.overall}`),
    })),
  };
}
