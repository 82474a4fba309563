import { formatNumber } from '../facts/fact.presenter';
import type { Lang, Translate } from '../../i18n/i18n';
import type { ReadModel } from '../../domain/catalogue/read-model';
import {
  providerCompleteness,
  type Completeness,
  type ProviderCompleteness,
} from '../facts/fact-completeness';

/** How the completeness table can be ordered; each puts the least complete providers first. */
export const COMPLETENESS_SORTS = ['contract', 'facts', 'primary', 'name'] as const;
export type CompletenessSort = (typeof COMPLETENESS_SORTS)[number];

const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

const BY: Record<CompletenessSort, (p: ProviderCompleteness) => number | string> = {
  contract: (p) => share(p.contract.known, p.contract.total),
  facts: (p) => share(p.facts.known, p.facts.total),
  primary: (p) => share(p.facts.primary, p.facts.total),
  name: (p) => p.providerName.toLocaleLowerCase('nl'),
};

/** Least complete first; ties by name, so the order is stable. */
export function sortCompleteness(
  rows: ProviderCompleteness[],
  sort: CompletenessSort,
): ProviderCompleteness[] {
  const key = BY[sort];
  const byName = BY.name;
  const cmp = (a: number | string, b: number | string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...rows].sort((a, b) => cmp(key(a), key(b)) || cmp(byName(a), byName(b)));
}

export interface CompletenessCellView {
  text: string;
  percent: string;
}

export interface CompletenessRowView {
  providerId: string;
  href: string;
  name: string;
  services: number;
  contract: CompletenessCellView;
  facts: CompletenessCellView;
  primary: CompletenessCellView;
}

export interface CompletenessPageView {
  title: string;
  breadcrumbs: { href?: string; label: string }[];
  sort: CompletenessSort;
  sorts: { id: CompletenessSort; label: string; href: string; current: boolean }[];
  csvHref: string;
  rows: CompletenessRowView[];
}

function cell(part: number, whole: number, t: Translate, lang: Lang): CompletenessCellView {
  return {
    text: t('completeness.ofTotal', { part, whole }),
    percent: `${formatNumber(Math.round(share(part, whole) * 100), lang)}%`,
  };
}

/** The providers' completeness rows of the catalogue, sorted. */
export function completenessRows(model: ReadModel, sort: CompletenessSort): ProviderCompleteness[] {
  const rows = providerCompleteness(model.providers.values(), (id) =>
    (model.servicesByProvider.get(id) ?? []).map((e) => e.service),
  );
  return sortCompleteness(rows, sort);
}

export function presentCompletenessPage(
  model: ReadModel,
  sort: CompletenessSort,
  t: Translate,
  lang: Lang,
): CompletenessPageView {
  const c = (x: Completeness, part: 'known' | 'primary') => cell(x[part], x.total, t, lang);
  return {
    title: t('completeness.title'),
    breadcrumbs: [{ label: t('completeness.title') }],
    sort,
    sorts: COMPLETENESS_SORTS.map((id) => ({
      id,
      label: t(`completeness.sort.${id}`),
      href: `/completeness?sort=${id}`,
      current: id === sort,
    })),
    csvHref: `/completeness.csv?sort=${sort}`,
    rows: completenessRows(model, sort).map((p) => ({
      providerId: p.providerId,
      href: `/providers/${p.providerId}`,
      name: p.providerName,
      services: p.services,
      contract: c(p.contract, 'known'),
      facts: c(p.facts, 'known'),
      primary: c(p.facts, 'primary'),
    })),
  };
}
