import type { UpcomingChange } from '../../domain/history/forecast';
import type { Lang, Translate } from '../../i18n/i18n';
import type { ReadModel } from '../../domain/catalogue/read-model';
import { formatDate } from '../facts/fact.presenter';
import { schemeName } from '../facts/scheme-name.presenter';

export interface UpcomingItemView {
  serviceId: string;
  serviceName: string;
  href: string;
  /** "ISO 27001 verloopt op 31 januari 2027 — het niveau daalt dan van 2 naar 1." */
  text: string;
  dimensions: string[];
  drops: boolean;
}

export interface UpcomingGroupView {
  on: string;
  date: string;
  items: UpcomingItemView[];
}

export interface UpcomingPageView {
  title: string;
  intro: string;
  breadcrumbs: { href?: string; label: string }[];
  none?: string;
  groups: UpcomingGroupView[];
}

/** One forecast line for a service: what expires (or through which service) and what follows. */
export function upcomingText(change: UpcomingChange, model: ReadModel, t: Translate, lang: Lang): string {
  const expiry = change.expiring.length
    ? change.expiring
        .map((e) =>
          t('history.upcoming.expires', {
            scheme: schemeName(e.scheme, t),
            date: formatDate(e.validUntil, lang),
          }),
        )
        .join('; ')
    : t('history.upcoming.via', {
        services: change.via.map((id) => model.serviceById.get(id)?.service.name ?? id).join(', '),
      });
  const effect =
    change.before.overall !== change.after.overall
      ? t('history.upcoming.drop', { before: change.before.overall, after: change.after.overall })
      : t('history.upcoming.stays', { level: change.after.overall });
  return t('history.upcoming.servicePage', { expiry, effect });
}

export function presentUpcomingItem(
  change: UpcomingChange,
  model: ReadModel,
  t: Translate,
  lang: Lang,
): UpcomingItemView {
  return {
    serviceId: change.serviceId,
    serviceName: model.serviceById.get(change.serviceId)?.service.name ?? change.serviceId,
    href: `/services/${change.serviceId}`,
    text: upcomingText(change, model, t, lang),
    dimensions: change.dimensions.map((d) =>
      t('history.upcoming.dimension', {
        dimension: t(`sovereignty.dimensions.${d.dimension}`),
        before: d.before,
        after: d.after,
      }),
    ),
    drops: change.before.overall !== change.after.overall,
  };
}

export function presentUpcomingPage(
  changes: readonly UpcomingChange[],
  days: number,
  model: ReadModel,
  t: Translate,
  lang: Lang,
): UpcomingPageView {
  const groups: UpcomingGroupView[] = [];
  for (const change of changes) {
    let group = groups.at(-1);
    if (!group || group.on !== change.on) {
      group = {
        on: change.on,
        date: t('history.upcoming.on', { date: formatDate(change.on, lang) }),
        items: [],
      };
      groups.push(group);
    }
    group.items.push(presentUpcomingItem(change, model, t, lang));
  }
  const title = t('history.upcoming.title');
  return {
    title,
    intro: t('history.upcoming.intro', { days, date: formatDate(model.assessedOn, lang) }),
    breadcrumbs: [{ href: '/changes', label: t('history.changes.title') }, { label: title }],
    none: groups.length ? undefined : t('history.upcoming.none', { days }),
    groups,
  };
}
