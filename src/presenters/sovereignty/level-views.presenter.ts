import {
  DIMENSION_CODE,
  DIMENSIONS,
  type Assessment,
  type Dimension,
  type Level,
} from '../../domain/sovereignty/sovereignty.types';
import { dimensionLevels } from '../../domain/sovereignty/dimension-levels';
import type { Translate } from '../../i18n/i18n';

/** The method page's section on the checked-only view. */
export const CHECKED_ONLY_METHOD_HREF = '/method#checked-only';

export type LevelViewId = 'default' | 'checked-only';

export interface LevelViewLine {
  id: LevelViewId;
  /** The view's name, as the method page and the list filter call it. */
  name: string;
  overall: Level;
  /** E.g. "niveau 0 (J0 D1 T0 A0)". */
  summary: string;
}

/** Both views of a service's levels (SOVEREIGNTY.md, "Checked-only view"), each with its name. */
export interface LevelViewsView {
  title: string;
  lines: LevelViewLine[];
  /** Every level (overall and per dimension) is the same in both views. */
  equal: boolean;
  /** One sentence saying whether the views agree. */
  verdict: string;
  methodHref: string;
  methodLabel: string;
}

/** The level per dimension by code, e.g. "J3 D2 T2 A n/a" (`notApplicable` where it does not apply). */
export function dimensionCodes(levels: Record<Dimension, Level | null>, notApplicable: string): string {
  return DIMENSIONS.map((d) => {
    const level = levels[d];
    return level === null ? `${DIMENSION_CODE[d]} ${notApplicable}` : `${DIMENSION_CODE[d]}${level}`;
  }).join(' ');
}

/** The overall level and the level per dimension in one line, e.g. "level 2 (J3 D2 T2 A n/a)". */
export function levelSummary(assessment: Assessment, t: Translate): string {
  const dimensions = dimensionCodes(dimensionLevels(assessment), t('sovereignty.views.notApplicable'));
  return t('sovereignty.views.summary', { level: assessment.overall, dimensions });
}

export function presentLevelViews(
  assessment: Assessment,
  checkedOnly: Assessment,
  t: Translate,
): LevelViewsView {
  const lines: LevelViewLine[] = [
    {
      id: 'default',
      name: t('sovereignty.views.default'),
      overall: assessment.overall,
      summary: levelSummary(assessment, t),
    },
    {
      id: 'checked-only',
      name: t('sovereignty.views.checkedOnly'),
      overall: checkedOnly.overall,
      summary: levelSummary(checkedOnly, t),
    },
  ];
  const equal = lines[0].summary === lines[1].summary;
  return {
    title: t('sovereignty.views.title'),
    lines,
    equal,
    verdict: t(equal ? 'sovereignty.views.equal' : 'sovereignty.views.differ'),
    methodHref: CHECKED_ONLY_METHOD_HREF,
    methodLabel: t('sovereignty.views.methodLink'),
  };
}
