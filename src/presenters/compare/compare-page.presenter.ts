import type { Comparison } from '../../domain/compare/compare.types';
import { DIMENSIONS } from '../../domain/sovereignty/sovereignty.types';
import type { Lang, Translate } from '../../i18n/i18n';
import { MIN_COMPARED } from '../../domain/compare/build-comparison';
import { levelChartData, renderLevelChart } from './level-chart';
import { formatDate } from '../facts/fact.presenter';
import { buildUrl } from '../url';
import { presentDataAct, type DataActView } from './compare-data-act.presenter';
import { presentGroups, type GroupView } from './compare-grid.presenter';

export interface ComparePageView {
  title: string;
  breadcrumbs: { href?: string; label: string }[];
  services: { id: string; name: string; href: string; provider: string; removeHref?: string }[];
  groups: GroupView[];
  diffOnly: boolean;
  /** Link that switches between all rows and only the rows that differ. */
  toggleHref: string;
  hiddenRows: number;
  csvHref: string;
  dataAct: DataActView;
  chart: { svg: string; dimensions: string[]; rows: { name: string; levels: string[] }[] };
  assessedOn: string;
  catalogueDate?: string;
}

/** The comparison URL for a list of ids (and the differences toggle). */
export function compareHref(ids: readonly string[], diffOnly = false, path = '/compare'): string {
  return buildUrl(path, [
    ...ids.map((id): [string, string] => ['id', id]),
    ['diff', diffOnly ? '1' : undefined],
  ]);
}

export function presentComparePage(
  comparison: Comparison,
  options: { diffOnly: boolean; catalogueDate?: string },
  t: Translate,
  lang: Lang,
): ComparePageView {
  const ids = comparison.services.map((s) => s.service.id);
  const allRows = comparison.groups.reduce((n, g) => n + g.rows.length, 0);
  const groups = presentGroups(comparison, options.diffOnly, t, lang);
  const shownRows = groups.reduce((n, g) => n + g.rows.length + (g.unknown?.ids.length ?? 0), 0);
  const series = levelChartData(comparison);
  return {
    title: t('compare.page.title'),
    breadcrumbs: [{ href: '/compare', label: t('compare.basket.title') }, { label: t('compare.page.title') }],
    services: comparison.services.map(({ service, provider }) => ({
      id: service.id,
      name: service.name,
      href: `/services/${service.id}`,
      provider: provider.name,
      ...(ids.length > MIN_COMPARED
        ? {
            removeHref: compareHref(
              ids.filter((i) => i !== service.id),
              options.diffOnly,
            ),
          }
        : {}),
    })),
    groups,
    diffOnly: options.diffOnly,
    toggleHref: compareHref(ids, !options.diffOnly),
    hiddenRows: allRows - shownRows,
    csvHref: compareHref(ids, false, '/compare.csv'),
    dataAct: presentDataAct(comparison, t, lang),
    chart: {
      svg: renderLevelChart(series, t),
      dimensions: DIMENSIONS.map((d) => t(`compare.values.dimension.${d}`)),
      rows: series.map((s) => ({
        name: s.name,
        levels: DIMENSIONS.map((d) => {
          const level = s.levels[d];
          return level === null ? t('compare.values.notApplicable') : String(level);
        }),
      })),
    },
    assessedOn: formatDate(comparison.assessedOn, lang),
    ...(options.catalogueDate ? { catalogueDate: formatDate(options.catalogueDate, lang) } : {}),
  };
}
