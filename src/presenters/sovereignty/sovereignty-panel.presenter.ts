import type { Assessment, DimensionAssessment, RungResult } from '../../domain/sovereignty/sovereignty.types';
import { DIMENSION_CODE, DIMENSIONS, LEVELS } from '../../domain/sovereignty/sovereignty.types';
import type { Lang, Translate } from '../../i18n/i18n';
import type { ReadModel, ServiceEntry } from '../../domain/catalogue/read-model';
import { formatDate } from '../facts/fact.presenter';
import { presentLevelBadge, type LevelBadgeView } from './level-badge.presenter';
import { factLabel, sovereigntyText } from './sovereignty-message.presenter';
import { presentLevelViews, type LevelViewsView } from './level-views.presenter';

export interface RungView {
  code: string;
  test: string;
  reason: string;
}

export interface CapView {
  href: string;
  serviceName: string;
  level: number;
  /** Names of the services in between, for a cap reached transitively. */
  via: string[];
}

export interface DimensionView {
  id: string;
  code: string;
  name: string;
  badge: LevelBadgeView;
  applicable: boolean;
  limiting: boolean;
  selfHostedRule: boolean;
  passed: RungView[];
  firstFailed?: RungView;
  raise: string[];
  cap?: CapView;
}

export interface MeterStepView {
  level: number;
  name: string;
  reached: boolean;
  current: boolean;
}

/** Locals of views/components/_sovereignty-panel.ejs (as `panel`). */
export interface SovereigntyPanelView {
  overall: LevelBadgeView;
  meter: MeterStepView[];
  limitedBy: string[];
  dimensions: DimensionView[];
  selfHosted: boolean;
  unverifiedFacts: string[];
  assessedOn: string;
  methodHref: string;
  /** The default and the checked-only view side by side, when the caller has both. */
  views?: LevelViewsView;
}

export function presentSovereigntyPanel(
  entry: ServiceEntry,
  model: ReadModel,
  t: Translate,
  lang: Lang,
  checkedOnly?: Assessment,
): SovereigntyPanelView {
  const { assessment } = entry;
  const text = (key: string, params?: RungResult['reasonParams']) =>
    sovereigntyText({ key, params }, t, lang, model);
  const rungView = (rung: RungResult): RungView => ({
    code: rung.code,
    test: t(`sovereignty.rungs.${rung.code}`),
    reason: text(rung.reasonKey, rung.reasonParams),
  });
  const dimensionView = (d: DimensionAssessment): DimensionView => {
    const failed = d.rungs.find((r) => !r.passed);
    return {
      id: d.dimension,
      code: DIMENSION_CODE[d.dimension],
      name: t(`sovereignty.dimensions.${d.dimension}`),
      badge: presentLevelBadge(d.level, t),
      applicable: d.applicable,
      limiting: assessment.limitedBy.includes(d.dimension),
      selfHostedRule: d.selfHostedRule === true,
      passed: d.rungs.filter((r) => r.passed).map(rungView),
      firstFailed: failed ? rungView(failed) : undefined,
      raise: d.raise.map((ref) => sovereigntyText(ref, t, lang, model)),
      cap: d.cappedBy
        ? {
            href: `/services/${d.cappedBy.serviceId}`,
            serviceName: serviceName(d.cappedBy.serviceId, model),
            level: d.cappedBy.level,
            via: d.cappedBy.path.slice(0, -1).map((id) => serviceName(id, model)),
          }
        : undefined,
    };
  };
  return {
    overall: presentLevelBadge(assessment.overall, t),
    meter: LEVELS.map((level) => ({
      level,
      name: t(`sovereignty.levels.${level}`),
      reached: level <= assessment.overall,
      current: level === assessment.overall,
    })),
    limitedBy: assessment.limitedBy.map((d) => t(`sovereignty.dimensions.${d}`)),
    dimensions: DIMENSIONS.map((d) => dimensionView(assessment.dimensions[d])),
    selfHosted: assessment.selfHosted,
    unverifiedFacts: assessment.unverifiedFacts.map((path) => factLabel(path, t)),
    assessedOn: formatDate(assessment.assessedOn, lang),
    methodHref: '/method',
    ...(checkedOnly ? { views: presentLevelViews(assessment, checkedOnly, t) } : {}),
  };
}

function serviceName(id: string, model: ReadModel): string {
  return model.serviceById.get(id)?.service.name ?? id;
}
