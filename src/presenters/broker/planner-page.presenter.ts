import { SLOT_PREFIX } from '../../domain/solution/composition-params';
import { buildUrl } from '../url';
import type { WorkplacePlan } from '../../domain/broker/plan-workplace';
import { localized, plural, type Lang, type Translate } from '../../i18n/i18n';
import { presentBrokerForm, type BrokerFormView } from './broker-form.presenter';
import { requirementText } from './broker-text';
import type { BrokerQuery } from '../../domain/broker/broker-query';
import { brokerUrl } from './broker-url';

interface Link {
  name: string;
  href: string;
}

export interface PlannerResultView {
  heading: string;
  profileNote?: string;
  requirements: string[];
  gapsSummary: string;
  gaps: string[];
  brokerHref: string;
  /** `composeHref`: the solution composer with this service chosen for every function it covers. */
  columns: (Link & {
    id: string;
    suite: boolean;
    covers: string;
    composeHref: string;
    composeLabel: string;
  })[];
  rows: {
    id: string;
    name: string;
    replaces: string;
    cells: boolean[];
    candidates: Link[];
    gap: boolean;
    excludedText?: string;
  }[];
}

export interface PlannerPageView {
  title: string;
  breadcrumbs: { href?: string; label: string }[];
  form: BrokerFormView;
  result?: PlannerResultView;
}

export function presentPlannerPage(
  query: BrokerQuery,
  plan: WorkplacePlan | undefined,
  t: Translate,
  lang: Lang,
): PlannerPageView {
  const title = t('broker.planner.title');
  return {
    title,
    breadcrumbs: [{ label: title }],
    form: presentBrokerForm('/broker/planner', query, t, lang),
    result: plan ? presentPlan(query, plan, t, lang) : undefined,
  };
}

function presentPlan(query: BrokerQuery, plan: WorkplacePlan, t: Translate, lang: Lang): PlannerResultView {
  const { match } = plan;
  const gaps = plan.gaps.map((c) => localized(c.name, lang));
  return {
    heading: t('broker.result.heading', { profile: localized(match.profile.name, lang) }),
    ...(match.profile.note ? { profileNote: localized(match.profile.note, lang) } : {}),
    requirements: match.requirements.map((r) => requirementText(t, r)),
    gapsSummary: gaps.length > 0 ? plural(t, 'broker.planner.gaps', gaps.length) : t('broker.planner.noGaps'),
    gaps: plan.gaps.map((c) => t('broker.planner.gap', { capability: localized(c.name, lang) })),
    brokerHref: brokerUrl('/broker', query),
    columns: plan.columns.map(({ entry, suite, capabilityIds }) => ({
      id: entry.service.id,
      name: entry.service.name,
      href: `/services/${entry.service.id}`,
      suite,
      covers: t('broker.planner.suiteCovers', { count: capabilityIds.length }),
      composeHref: buildUrl(
        '/solutions',
        capabilityIds.map((id): [string, string] => [`${SLOT_PREFIX.function}${id}`, entry.service.id]),
      ),
      composeLabel: t('broker.planner.compose', { service: entry.service.name }),
    })),
    rows: plan.rows.map((row) => ({
      id: row.capability.id,
      name: localized(row.capability.name, lang),
      replaces: (row.capability.replaces ?? []).join(', '),
      cells: row.cells,
      candidates: row.candidates.map((e) => ({ name: e.service.name, href: `/services/${e.service.id}` })),
      gap: row.gap,
      ...(row.gap && row.excluded.length > 0
        ? {
            excludedText: plural(t, 'broker.planner.gapExcluded', row.excluded.length, {
              services: row.excluded.map((e) => e.entry.service.name).join(', '),
            }),
          }
        : {}),
    })),
  };
}
