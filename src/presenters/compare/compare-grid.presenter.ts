import type { Cell, Comparison, Group } from '../../domain/compare/compare.types';
import { onlyDifferences } from '../../domain/compare/compare-entries';
import type { Lang, Translate } from '../../i18n/i18n';
import { cellFormatter, type CellFormatter } from './format-cell';
import { presentSource, type SourceView } from '../facts/fact.presenter';
import { unknownLine, type UnknownLineView } from '../facts/unknown-facts.presenter';

export interface EvidenceLineView {
  text: string;
  expired: boolean;
  counts: boolean;
}

export interface CellView {
  serviceId: string;
  state: Cell['state'];
  origin: Cell['origin'];
  text: string;
  best: boolean;
  note?: string;
  sources: SourceView[];
  /** Assurance cells: one line per evidence entry. */
  evidence: EvidenceLineView[];
}

export interface RowView {
  id: string;
  label: string;
  explanation: string;
  differs: boolean;
  cells: CellView[];
}

export interface GroupView {
  id: string;
  label: string;
  rows: RowView[];
  /** Rows unknown for every compared service, collapsed into one line. */
  unknown?: UnknownLineView;
}

export function presentCell(cell: Cell, format: CellFormatter, t: Translate, lang: Lang): CellView {
  const evidence =
    cell.value?.type === 'evidence'
      ? cell.value.entries.map((e) => ({
          text: format.evidenceEntry(e),
          expired: e.expired,
          counts: e.counts,
        }))
      : [];
  return {
    serviceId: cell.serviceId,
    state: cell.state,
    origin: cell.origin,
    text: format.cell(cell),
    best: cell.best,
    ...(cell.note ? { note: cell.note } : {}),
    sources: cell.sources.map((s) => presentSource(s, t, lang)),
    evidence,
  };
}

/**
 * The grid's groups, with every row or only the rows that differ (groups left empty are dropped).
 * Rows the catalogue knows for none of the compared services are not rows but one line per group.
 */
export function presentGroups(
  comparison: Comparison,
  diffOnly: boolean,
  t: Translate,
  lang: Lang,
): GroupView[] {
  const names = new Map(comparison.services.map((s) => [s.service.id, s.service.name]));
  const format = cellFormatter(t, lang, (id) => names.get(id) ?? id);
  const groups: readonly Group[] = diffOnly ? onlyDifferences(comparison.groups) : comparison.groups;
  return groups
    .filter((g) => g.rows.length > 0)
    .map((g) => {
      const allUnknown = (r: Group['rows'][number]) => r.cells.every((c) => c.state === 'unknown');
      return {
        id: g.id,
        label: t(g.labelKey),
        rows: g.rows
          .filter((r) => !allUnknown(r))
          .map((r) => ({
            id: r.id,
            label: t(r.labelKey, r.labelParams),
            explanation: t(r.explanationKey, r.labelParams),
            differs: r.differs,
            cells: r.cells.map((c) => presentCell(c, format, t, lang)),
          })),
        unknown: unknownLine(
          g.rows.filter(allUnknown).map((r) => ({ id: r.id, label: t(r.labelKey, r.labelParams) })),
          t,
        ),
      };
    });
}
