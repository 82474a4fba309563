import type { Evidence, Service } from '../../domain/catalogue.types';
import { localized, type Lang, type Translate } from '../../i18n/i18n';
import type { ReadModel, ServiceEntry } from '../../domain/catalogue/read-model';
import { SERVICE_FACT_DEFINITIONS } from '../facts/fact-definitions';
import { serviceCompleteness, type Completeness } from '../facts/fact-completeness';
import { unknownLine, type UnknownLineView } from '../facts/unknown-facts.presenter';
import { schemeName } from '../facts/scheme-name.presenter';
import {
  presentSovereigntyPanel,
  type SovereigntyPanelView,
} from '../sovereignty/sovereignty-panel.presenter';
import {
  countryName,
  factAt,
  formatDate,
  presentFact,
  presentSource,
  type FactView,
  type SourceView,
} from '../facts/fact.presenter';

export interface EvidenceView {
  scheme: string;
  /** The scheme as people write it ("ISO 27001"). */
  schemeName: string;
  level?: string;
  status?: string;
  scope?: string;
  coversService: string;
  coversServiceKnown: boolean;
  validUntil?: string;
  expired: boolean;
  issuer?: string;
  reference?: string;
  sources: SourceView[];
}

export interface LinkView {
  href: string;
  label: string;
}

export interface ServicePageView {
  title: string;
  breadcrumbs: { href?: string; label: string }[];
  service: {
    id: string;
    name: string;
    summary: string;
    description: string;
    notes: string;
    website?: string;
    serviceModel: string;
    deployment: string[];
  };
  provider: { href: string; name: string; country: string; type: string; control: FactView };
  categories: LinkView[];
  capabilities: { href: string; label: string; replaces: string[] }[];
  /** Per group the facts the catalogue has; the ones it lacks are named in one line. */
  factGroups: FactGroupView[];
  completeness: Completeness & { text: string };
  evidence: EvidenceView[];
  runsOn: LinkView[];
  runBy: LinkView[];
  assessedOn: string;
  /** The raw entry, for area partials (sovereignty panel, compare button) that present it themselves. */
  entry: ServiceEntry;
  /** View model of views/components/_sovereignty-panel.ejs. */
  sovereignty: SovereigntyPanelView;
}

export interface FactGroupView {
  id: string;
  title: string;
  /** Known facts (sourced or unverified). */
  facts: FactView[];
  /** Facts the catalogue does not have, as one line; undefined when every fact is known. */
  unknown?: UnknownLineView;
}

export function presentServicePage(
  entry: ServiceEntry,
  model: ReadModel,
  t: Translate,
  lang: Lang,
  /** The same service in the checked-only view, shown next to the default levels. */
  checkedOnly?: ServiceEntry,
): ServicePageView {
  const { service, provider } = entry;
  const primary = model.categories.get(service.categories[0]);
  const serviceLink = (s: ServiceEntry): LinkView => ({
    href: `/services/${s.service.id}`,
    label: s.service.name,
  });
  return {
    title: service.name,
    breadcrumbs: [
      ...(primary
        ? [{ href: `/services?lot=${primary.lot}`, label: t(`facts.enum.lot.${primary.lot}`) }]
        : []),
      ...(primary ? [{ href: `/categories/${primary.id}`, label: localized(primary.name, lang) }] : []),
      { label: service.name },
    ],
    service: {
      id: service.id,
      name: service.name,
      summary: localized(service.summary, lang),
      description: localized(service.description, lang),
      notes: localized(service.notes, lang),
      website: service.website,
      serviceModel: t(`facts.enum.serviceModel.${service.serviceModel}`),
      deployment: (service.deployment ?? []).map((d) => t(`facts.enum.deployment.${d}`)),
    },
    provider: {
      href: `/providers/${provider.id}`,
      name: provider.name,
      country: countryName(provider.hqCountry, lang),
      type: t(`facts.enum.providerType.${provider.type}`),
      control: presentFact(provider.control, 'provider.control', { enum: 'control' }, t, lang),
    },
    categories: service.categories.flatMap((id) => {
      const c = model.categories.get(id);
      return c ? [{ href: `/categories/${id}`, label: localized(c.name, lang) }] : [];
    }),
    capabilities: (service.capabilities ?? []).flatMap((id) => {
      const c = model.capabilities.get(id);
      return c
        ? [{ href: `/services?capability=${id}`, label: localized(c.name, lang), replaces: c.replaces ?? [] }]
        : [];
    }),
    factGroups: presentFactGroups(service, t, lang),
    completeness: presentCompleteness(serviceCompleteness(service, provider), t),
    evidence: (service.evidence ?? []).map((e) => presentEvidence(e, model.assessedOn, t, lang)),
    runsOn: (service.runsOn ?? []).flatMap((id) => {
      const base = model.serviceById.get(id);
      return base ? [serviceLink(base)] : [];
    }),
    runBy: (model.dependents.get(service.id) ?? []).map(serviceLink),
    assessedOn: formatDate(model.assessedOn, lang),
    entry,
    sovereignty: presentSovereigntyPanel(entry, model, t, lang, checkedOnly?.assessment),
  };
}

function presentFactGroups(service: Service, t: Translate, lang: Lang): FactGroupView[] {
  return SERVICE_FACT_DEFINITIONS.map((group) => {
    const facts = group.facts.map((def) =>
      presentFact(factAt(service, def.path), def.path, def.format, t, lang),
    );
    return {
      id: group.id,
      title: t(`facts.group.${group.id}`),
      facts: facts.filter((f) => f.state !== 'unknown'),
      unknown: unknownLine(
        facts.filter((f) => f.state === 'unknown').map((f) => ({ id: f.path, label: f.label })),
        t,
      ),
    };
  });
}

function presentCompleteness(c: Completeness, t: Translate): Completeness & { text: string } {
  return { ...c, text: t('service.completeness', { known: c.known, total: c.total, primary: c.primary }) };
}

export function presentEvidence(e: Evidence, assessedOn: string, t: Translate, lang: Lang): EvidenceView {
  return {
    scheme: e.scheme,
    schemeName: schemeName(e.scheme, t),
    level: e.level,
    status: e.status ? t(`facts.enum.evidenceStatus.${e.status}`) : undefined,
    scope: e.scope,
    coversService:
      e.coversService === undefined ? t('facts.unknown') : t(e.coversService ? 'facts.yes' : 'facts.no'),
    coversServiceKnown: e.coversService !== undefined,
    validUntil: e.validUntil ? formatDate(e.validUntil, lang) : undefined,
    expired: e.validUntil !== undefined && e.validUntil < assessedOn,
    issuer: e.issuer,
    reference: e.reference,
    sources: (e.sources ?? []).map((s) => presentSource(s, t, lang)),
  };
}
