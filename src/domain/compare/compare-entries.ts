import type { Comparison, ComparedService, Group, GroupId, Row } from './compare.types';
import { GROUP_IDS } from './compare.types';
import { checkDataAct } from './data-act-check';
import { evidenceCell, evidenceRank, schemesPresent } from './evidence-rows';
import { cellsDiffer, markBest } from './mark-rows';
import type { Ranker } from './rankers';
import { ROW_DEFINITIONS } from './row-definitions';

/**
 * Builds the comparison grid of the given services (in the given order) on the assessment date:
 * grouped rows with one cell per service, difference and best-value marks, and the Data Act check.
 */
export function compareEntries(entries: readonly ComparedService[], assessedOn: string): Comparison {
  const rows = new Map<GroupId, Row[]>(GROUP_IDS.map((id) => [id, []]));
  for (const def of ROW_DEFINITIONS) {
    rows.get(def.group)?.push(
      makeRow(
        def.id,
        entries.map((e) => def.cell(e)),
        def.rank,
      ),
    );
  }
  for (const scheme of schemesPresent(entries)) {
    const row = makeRow(
      `assurance.${scheme}`,
      entries.map((e) => evidenceCell(e, scheme, assessedOn)),
      evidenceRank,
      'compare.rows.assurance.scheme',
    );
    rows.get('assurance')?.push({ ...row, labelParams: { scheme } });
  }
  const groups: Group[] = GROUP_IDS.map((id) => ({
    id,
    labelKey: `compare.groups.${id}`,
    rows: rows.get(id) ?? [],
  }));
  return {
    assessedOn,
    services: [...entries],
    groups,
    dataAct: entries.map((e) => checkDataAct(e.service, assessedOn)),
  };
}

function makeRow(
  id: string,
  cells: Row['cells'],
  rank: Ranker | undefined,
  keyBase = `compare.rows.${id}`,
): Row {
  if (rank) markBest(cells, rank);
  return {
    id,
    labelKey: `${keyBase}.label`,
    explanationKey: `${keyBase}.explanation`,
    cells,
    differs: cellsDiffer(cells),
    ranked: rank !== undefined,
  };
}

/** Rows whose services differ, for "show only differences"; groups left empty are dropped. */
export function onlyDifferences(groups: readonly Group[]): Group[] {
  return groups
    .map((g) => ({ ...g, rows: g.rows.filter((r) => r.differs) }))
    .filter((g) => g.rows.length > 0);
}
