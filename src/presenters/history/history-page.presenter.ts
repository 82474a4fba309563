import { buildListUrl, withPage, type FilterQuery } from '../../domain/filters';
import { describeFilters } from '../listing/describe-filters';
import type { Lang, Translate } from '../../i18n/i18n';
import type { StoredChangeItem } from '../../domain/history/history.types';
import type { ReadModel } from '../../domain/catalogue/read-model';
import { presentPagination, type PaginationView } from '../listing/pagination.presenter';
import { presentChangeGroups, type ChangeGroupView } from './change-groups.presenter';

export interface FeedLinkView {
  href: string;
  title: string;
}

/** /services/:id/history and /providers/:id/history. */
export interface HistoryPageView {
  title: string;
  intro: string;
  breadcrumbs: { href?: string; label: string }[];
  subjectHref?: string;
  feed: FeedLinkView;
  groups: ChangeGroupView[];
  pagination?: PaginationView;
}

export interface HistoryInput {
  kind: 'service' | 'provider';
  id: string;
  name: string;
  /** Undefined when the record is no longer in the catalogue. */
  subjectHref?: string;
  items: StoredChangeItem[];
  total: number;
  query: FilterQuery;
}

export function presentHistoryPage(
  input: HistoryInput,
  model: ReadModel,
  t: Translate,
  lang: Lang,
): HistoryPageView {
  const plural = input.kind === 'service' ? 'services' : 'providers';
  const title = t(`history.${input.kind}.title`, { name: input.name });
  const basePath = `/${plural}/${input.id}/history`;
  return {
    title,
    intro: t(`history.${input.kind}.intro`),
    breadcrumbs: [
      ...(input.subjectHref ? [{ href: input.subjectHref, label: input.name }] : [{ label: input.name }]),
      { label: t('history.breadcrumb') },
    ],
    subjectHref: input.subjectHref,
    feed: { href: `/${plural}/${input.id}.atom`, title: t(`history.${input.kind}.feed`) },
    groups: presentChangeGroups(input.items, model, t, lang),
    pagination: presentPagination(input.query, pageCount(input.total, input.query), basePath, {}, t),
  };
}

/** /changes: every change, or those of a selection. */
export interface ChangesPageView {
  title: string;
  intro: string;
  breadcrumbs: { href?: string; label: string }[];
  filtered?: string;
  clearHref?: string;
  count: string;
  feed: FeedLinkView;
  apiHref: string;
  groups: ChangeGroupView[];
  pagination?: PaginationView;
}

export function presentChangesPage(
  input: { items: StoredChangeItem[]; total: number; query: FilterQuery },
  model: ReadModel,
  t: Translate,
  lang: Lang,
): ChangesPageView {
  const { query } = input;
  const filters = selectionLabel(query, model, lang);
  const title = t('history.changes.title');
  return {
    title,
    intro: t('history.changes.intro'),
    breadcrumbs: [{ label: title }],
    filtered: filters ? t('history.changes.filtered', { filters }) : undefined,
    clearHref: filters ? '/changes' : undefined,
    count: t('history.changes.count', { total: input.total }),
    feed: changesFeedLink(query, model, t, lang),
    apiHref: buildListUrl('/api/v1/changes', withPage(query, 1)),
    groups: presentChangeGroups(input.items, model, t, lang),
    pagination: presentPagination(query, pageCount(input.total, query), '/changes', {}, t),
  };
}

/** The selection's filters in words ("Infrastructuur, niveau ≥ 2"), or '' without filters. */
export function selectionLabel(query: FilterQuery, model: ReadModel, lang: Lang): string {
  const { chips } = describeFilters({ ...query, q: undefined }, model, lang, 0, { basePath: '/changes' });
  return chips.map((c) => c.label).join(', ');
}

/** The Atom feed of a selection's changes (what "Volg deze selectie" links to). */
export function changesFeedLink(
  query: FilterQuery,
  model: ReadModel,
  t: Translate,
  lang: Lang,
): FeedLinkView {
  const filters = selectionLabel(query, model, lang);
  return {
    href: buildListUrl('/services.atom', { ...query, q: undefined, sort: undefined, page: 1 }),
    title: filters ? t('history.feed.titleSelection', { filters }) : t('history.feed.title'),
  };
}

function pageCount(total: number, query: FilterQuery): number {
  return Math.max(1, Math.ceil(total / query.perPage));
}
