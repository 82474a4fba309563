import type { MatchResult } from '../../domain/broker/broker.types';
import { emptyFilterQuery } from '../../domain/filters/filter-query.types';
import { buildListUrl } from '../../domain/filters/filter-url';
import { MIN_DIMENSION_PARAMS } from '../../domain/filters/filter-query.types';
import { DIMENSIONS } from '../../domain/sovereignty/sovereignty.types';
import { localized, plural, type Lang, type Translate } from '../../i18n/i18n';
import type { ReadModel, ServiceEntry } from '../../domain/catalogue/read-model';
import { formatDate } from '../facts/fact.presenter';
import { presentLevelBadge, type LevelBadgeView } from '../sovereignty/level-badge.presenter';
import { presentBrokerForm, type BrokerFormView } from './broker-form.presenter';
import { failureDetail, reasonText, requirementText, type TextContext } from './broker-text';
import type { BrokerQuery } from '../../domain/broker/broker-query';
import { brokerUrl } from './broker-url';

interface ServiceLine {
  id: string;
  name: string;
  href: string;
  provider: string;
  badge: LevelBadgeView;
}

export interface BrokerResultView {
  heading: string;
  profileNote?: string;
  stateSecret: boolean;
  requirements: string[];
  includedCount: string;
  excludedCount: string;
  included: (ServiceLine & { notes: string[] })[];
  excluded: (ServiceLine & { failures: { outcome: string; label: string; detail: string }[] })[];
  catalogueHref: string;
  plannerHref: string;
  csvHref: string;
  odsHref: string;
}

export interface BrokerPageView {
  title: string;
  breadcrumbs: { href?: string; label: string }[];
  form: BrokerFormView;
  result?: BrokerResultView;
  /** The assessment date of the levels shown. */
  assessedOn: string;
}

export function presentBrokerPage(
  model: ReadModel,
  query: BrokerQuery,
  match: MatchResult | undefined,
  t: Translate,
  lang: Lang,
): BrokerPageView {
  const title = t('broker.title');
  return {
    title,
    breadcrumbs: [{ label: title }],
    form: presentBrokerForm('/broker', query, t, lang),
    assessedOn: formatDate(model.assessedOn, lang),
    result: match ? presentResult(query, match, { t, lang, model }) : undefined,
  };
}

function presentResult(query: BrokerQuery, match: MatchResult, ctx: TextContext): BrokerResultView {
  const { t, lang } = ctx;
  const line = (entry: ServiceEntry): ServiceLine => ({
    id: entry.service.id,
    name: entry.service.name,
    href: `/services/${entry.service.id}`,
    provider: entry.provider.name,
    badge: presentLevelBadge(entry.assessment.overall, t),
  });
  return {
    heading: t('broker.result.heading', { profile: localized(match.profile.name, lang) }),
    ...(match.profile.note ? { profileNote: localized(match.profile.note, lang) } : {}),
    stateSecret: !match.profile.publicCloudAllowed,
    requirements: match.requirements.map((r) => requirementText(t, r)),
    includedCount: plural(t, 'broker.result.included', match.included.length),
    excludedCount: plural(t, 'broker.result.excluded', match.excluded.length),
    included: match.included.map(({ entry, notes }) => ({
      ...line(entry),
      notes: notes.map((n) => reasonText(ctx, n)),
    })),
    excluded: match.excluded.map(({ entry, failures }) => ({
      ...line(entry),
      failures: failures.map((f) => ({
        outcome: f.outcome,
        label: t(`broker.outcome.${f.outcome}`),
        detail: failureDetail(ctx, f),
      })),
    })),
    catalogueHref: catalogueUrl(match),
    plannerHref: brokerUrl('/broker/planner', query),
    csvHref: brokerUrl('/broker/shortlist.csv', query),
    odsHref: brokerUrl('/broker/shortlist.ods', query),
  };
}

/**
 * The filtered catalogue closest to the request: minimum levels, certificates, location NL, open
 * source, self-hostable and government provider have catalogue filters; the hosting rule, DPA,
 * notice period, Dutch support and framework agreement do not (the page says so).
 */
export function catalogueUrl(match: MatchResult): string {
  const query = emptyFilterQuery();
  for (const d of DIMENSIONS) {
    const minimum = match.profile.minimums[d];
    if (minimum > 0) query[MIN_DIMENSION_PARAMS[d]] = minimum;
  }
  const { mustHaves } = match;
  query.cert = [...mustHaves.certificates];
  if (mustHaves.dataInNl) query.location = 'NL';
  if (mustHaves.openSource) query.openSource = true;
  if (mustHaves.selfHostable) query.selfHostable = true;
  if (mustHaves.governmentOnly) query.providerType = ['government'];
  return buildListUrl('/services', query);
}
