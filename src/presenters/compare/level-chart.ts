import type { Comparison } from '../../domain/compare/compare.types';
import type { Dimension, Level } from '../../domain/sovereignty/sovereignty.types';
import { DIMENSIONS } from '../../domain/sovereignty/sovereignty.types';
import { dimensionLevels } from '../../domain/sovereignty/dimension-levels';
import type { Translate } from '../../i18n/i18n';

/** One compared service in the chart; null = not applicable (assurance of self-hosted software). */
export interface ChartSeries {
  serviceId: string;
  name: string;
  levels: Record<Dimension, Level | null>;
}

/** The data the chart draws; the page shows the same data as a table. */
export function levelChartData(comparison: Comparison): ChartSeries[] {
  return comparison.services.map(({ service, assessment }) => ({
    serviceId: service.id,
    name: service.name,
    levels: dimensionLevels(assessment),
  }));
}

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`,
  );
}

const BAR = 26;
const BAR_GAP = 4;
const GROUP_GAP = 36;
const GROUP = DIMENSIONS.length * BAR + (DIMENSIONS.length - 1) * BAR_GAP;
const LEFT = 48;
const TOP = 60;
const UNIT = 44; // pixels per level
const PLOT = 4 * UNIT;
const BOTTOM = 56;
const MAX_NAME = 22;
const LEGEND_COLUMN = 210;

/** Fill per dimension: a colour *and* a pattern, so the bars never differ by colour alone. */
const FILL: Record<Dimension, { colour: string; pattern: string }> = {
  jurisdiction: { colour: '#1b3a5c', pattern: '' },
  data: {
    colour: '#7a2e0e',
    pattern: '<path d="M0,8 L8,0 M-2,2 L2,-2 M6,10 L10,6" stroke="#7a2e0e" stroke-width="2"/>',
  },
  openness: { colour: '#245c2a', pattern: '<circle cx="4" cy="4" r="1.8" fill="#245c2a"/>' },
  assurance: {
    colour: '#4b2a6b',
    pattern: '<path d="M0,4 H8 M4,0 V8" stroke="#4b2a6b" stroke-width="1.5"/>',
  },
};

function defs(prefix: string): string {
  const patterns = DIMENSIONS.map((d) => {
    const { colour, pattern } = FILL[d];
    const body = pattern
      ? `<rect width="8" height="8" fill="#ffffff"/>${pattern}`
      : `<rect width="8" height="8" fill="${colour}"/>`;
    return `<pattern id="${prefix}-${d}" width="8" height="8" patternUnits="userSpaceOnUse">${body}</pattern>`;
  });
  return `<defs>${patterns.join('')}</defs>`;
}

function truncate(name: string): string {
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name;
}

/**
 * Grouped bar chart (one group per service, one bar per dimension, levels 0–4) as an SVG string.
 * Accessible: role="img" with <title> and <desc> (the full data in words); each bar carries its
 * dimension code and value as text; the legend pairs code, pattern and name. Every text is escaped.
 * `idPrefix` keeps pattern and title ids unique if a page shows more than one chart.
 */
export function renderLevelChart(
  series: readonly ChartSeries[],
  t: Translate,
  idPrefix = 'level-chart',
): string {
  const prefix = escapeXml(idPrefix);
  const width = Math.max(LEFT + series.length * (GROUP + GROUP_GAP), LEFT + 2 * LEGEND_COLUMN);
  const height = TOP + PLOT + BOTTOM;
  const baseline = TOP + PLOT;
  const levelText = (level: Level | null): string =>
    level === null ? t('compare.chart.notApplicable') : String(level);
  const summary = series
    .map((s) =>
      t('compare.chart.serviceSummary', {
        service: s.name,
        levels: DIMENSIONS.map((d) =>
          t('compare.chart.levelSummary', {
            dimension: t(`compare.values.dimension.${d}`),
            level: levelText(s.levels[d]),
          }),
        ).join(', '),
      }),
    )
    .join(' ');

  const grid = [0, 1, 2, 3, 4].map((level) => {
    const y = baseline - level * UNIT;
    return (
      `<line x1="${LEFT - 4}" y1="${y}" x2="${width - 8}" y2="${y}" stroke="#b0b0b0" stroke-width="1"/>` +
      `<text x="${LEFT - 8}" y="${y + 4}" text-anchor="end">${level}</text>`
    );
  });

  const groups = series.map((s, i) => {
    const x0 = LEFT + GROUP_GAP / 2 + i * (GROUP + GROUP_GAP);
    const bars = DIMENSIONS.map((d, j) => {
      const x = x0 + j * (BAR + BAR_GAP);
      const level = s.levels[d];
      const h = (level ?? 0) * UNIT;
      const code = escapeXml(t(`compare.chart.code.${d}`));
      const bar =
        level === null || level === 0
          ? ''
          : `<rect x="${x}" y="${baseline - h}" width="${BAR}" height="${h}" fill="url(#${prefix}-${d})" stroke="${FILL[d].colour}" stroke-width="1.5"/>`;
      return (
        bar +
        `<text x="${x + BAR / 2}" y="${baseline - h - 4}" text-anchor="middle" font-weight="bold">${escapeXml(levelText(level))}</text>` +
        `<text x="${x + BAR / 2}" y="${baseline + 14}" text-anchor="middle">${code}</text>`
      );
    });
    return (
      `<g><title>${escapeXml(s.name)}</title>${bars.join('')}` +
      `<text x="${x0 + GROUP / 2}" y="${baseline + 34}" text-anchor="middle">${escapeXml(truncate(s.name))}</text></g>`
    );
  });

  const legend = DIMENSIONS.map((d, j) => {
    const x = LEFT + (j % 2) * LEGEND_COLUMN;
    const y = 6 + Math.floor(j / 2) * 20;
    const label = `${t(`compare.chart.code.${d}`)} ${t(`compare.values.dimension.${d}`)}`;
    return (
      `<rect x="${x}" y="${y}" width="14" height="14" fill="url(#${prefix}-${d})" stroke="${FILL[d].colour}"/>` +
      `<text x="${x + 20}" y="${y + 11}">${escapeXml(label)}</text>`
    );
  });

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="compare-chart" role="img" viewBox="0 0 ${width} ${height}" ` +
    `width="${width}" height="${height}" aria-labelledby="${prefix}-title ${prefix}-desc" font-family="sans-serif" font-size="12" fill="#1a1a1a">` +
    `<title id="${prefix}-title">${escapeXml(t('compare.chart.title'))}</title>` +
    `<desc id="${prefix}-desc">${escapeXml(t('compare.chart.desc', { summary }))}</desc>` +
    defs(prefix) +
    `<g aria-hidden="true">${legend.join('')}${grid.join('')}${groups.join('')}` +
    `<text x="12" y="${TOP + PLOT / 2}" transform="rotate(-90 12 ${TOP + PLOT / 2})" text-anchor="middle">${escapeXml(t('compare.chart.axis'))}</text></g>` +
    `</svg>`
  );
}
