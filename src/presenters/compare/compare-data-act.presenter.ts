import type { CheckOutcome, Comparison } from '../../domain/compare/compare.types';
import type { Lang, Translate } from '../../i18n/i18n';
import { cellFormatter } from './format-cell';
import { presentCell, type CellView } from './compare-grid.presenter';

export interface OutcomeView {
  outcome: CheckOutcome;
  label: string;
  /** Text mark so the outcome never depends on colour: ✓, ✗ or ?. */
  icon: string;
}

export interface DataActView {
  title: string;
  regulation: string;
  criteria: {
    label: string;
    article: string;
    cells: (OutcomeView & { reason: string; value: CellView })[];
  }[];
  overall: OutcomeView[];
  publishedTerms: { label: string; cells: CellView[] };
}

const ICON: Record<CheckOutcome, string> = { met: '✓', 'not-met': '✗', unknown: '?' };

function outcome(o: CheckOutcome, t: Translate): OutcomeView {
  return { outcome: o, label: t(`compare.dataAct.outcome.${o}`), icon: ICON[o] };
}

/** The EU Data Act check as a table: one line per criterion, one column per service. */
export function presentDataAct(comparison: Comparison, t: Translate, lang: Lang): DataActView {
  const names = new Map(comparison.services.map((s) => [s.service.id, s.service.name]));
  const format = cellFormatter(t, lang, (id) => names.get(id) ?? id);
  const first = comparison.dataAct[0];
  return {
    title: t('compare.dataAct.title'),
    regulation: t('compare.dataAct.regulation'),
    criteria: (first?.items ?? []).map((item, index) => ({
      label: t(`compare.dataAct.criteria.${item.criterion}`),
      article: item.article,
      cells: comparison.dataAct.map((check) => {
        const it = check.items[index];
        return {
          ...outcome(it.outcome, t),
          reason: t(it.reasonKey),
          value: presentCell(it.cell, format, t, lang),
        };
      }),
    })),
    overall: comparison.dataAct.map((check) => outcome(check.overall, t)),
    publishedTerms: {
      label: t('compare.dataAct.publishedTerms'),
      cells: comparison.dataAct.map((check) => presentCell(check.publishedTerms, format, t, lang)),
    },
  };
}
