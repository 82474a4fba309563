import type { Solution } from '../../domain/solution/compose-solution';
import type { Cell, ShortlistTable } from '../broker/shortlist-table.types';
import { presentComponents, solutionLinks } from './solution-page.presenter';
import { presentChecks, presentContinuity, presentContracts } from './solution-obligations.presenter';
import { presentCoverage, presentIntegration, presentSovereignty } from './solution-sections.presenter';
import type { SolutionTextContext } from './solution-text';

/**
 * The solution as a dossier table (CSV and ODS): a header block, then one block per section of the
 * page with the same words. No clock: equal compositions over equal catalogues give equal tables.
 */
export function presentSolutionTable(solution: Solution, ctx: SolutionTextContext): ShortlistTable {
  const { t, model } = ctx;
  const doc = model.document;
  const coverage = presentCoverage(solution, ctx);
  const sovereignty = presentSovereignty(solution, ctx);
  const integration = presentIntegration(solution, ctx);
  const contracts = presentContracts(solution, ctx);
  const continuity = presentContinuity(solution, ctx);
  const checks = presentChecks(solution, ctx);
  const rows: Cell[][] = [
    [t('solution.export.title')],
    [t('solution.export.url'), solutionLinks(solution.composition, ctx).page],
    [t('solution.export.catalogue'), doc.title ?? null],
    [t('solution.export.publishedOn'), doc.publishedOn ?? null],
    [t('solution.export.assessedOn'), solution.assessedOn],
    [t('solution.export.disclaimer')],
    [],
    [t('solution.components.heading')],
    [
      t('solution.components.service'),
      'id',
      t('solution.components.provider'),
      t('solution.components.model'),
      t('solution.components.slots'),
      t('solution.components.runsOn'),
      t('solution.components.level'),
    ],
    ...presentComponents(solution, ctx).map((c) => [
      c.name,
      c.id,
      c.provider,
      c.serviceModel,
      c.slots,
      c.runsOn ?? null,
      c.badge.level,
    ]),
    [],
    [t('solution.coverage.heading'), coverage.functions.length ? coverage.gapsSummary : null],
    ...[...coverage.functions, ...coverage.categories].map((r) => [
      r.name,
      r.chosen?.name ?? (r.gap ? t('solution.coverage.gap') : null),
      r.alsoBy || null,
    ]),
    [],
    [t('solution.sovereignty.heading'), sovereignty.summary],
    ...(sovereignty.provisional ? [[sovereignty.provisional]] : []),
    ...sovereignty.dimensions.map((d) => [
      d.name,
      d.level ?? t('solution.sovereignty.notApplicable'),
      d.limiting.join('; ') || null,
      d.undetermined ?? null,
    ]),
    [],
    [t('solution.integration.heading'), integration.outcomeText],
    ...(integration.noIdentity ? [[integration.noIdentity]] : []),
    ...integration.pairs.map((p) => [p.kind, `${p.a} ↔ ${p.b}`, p.outcomeText, p.detail]),
    ...integration.standards.map((s) => [
      s.service,
      s.known ? s.recognised.map((r) => r.name).join(', ') || null : t('solution.integration.unknown'),
      s.unrecognised || null,
    ]),
    [],
    [t('solution.contracts.heading'), contracts.summary],
    ...contracts.providers.map((p) => [t('solution.contracts.providers'), p.name, p.services]),
    [t('solution.contracts.term'), t('solution.contracts.weakest'), t('solution.contracts.unknown')],
    ...contracts.terms.map((term) => [
      term.label,
      term.weakest,
      term.unknown || null,
      term.unverified || null,
    ]),
    ...contracts.frameworks.map((f) => [t('solution.contracts.frameworks'), f.name, f.services]),
    [],
    [t('solution.continuity.heading')],
    ...(continuity.singlePoints.length
      ? continuity.singlePoints.map((s) => [t('solution.continuity.spofHeading'), s])
      : [[t('solution.continuity.spofHeading'), t('solution.continuity.noSpof')]]),
    ...continuity.exit.map((e) => [t('solution.continuity.exitHeading'), e.service, e.level, e.missing]),
    [],
    [t('solution.checks.heading')],
    ...checks.checks.flatMap((c) => [
      [c.label, c.outcomeText, c.reason ?? null],
      ...c.components.map((cc) => [null, cc.service, cc.outcomeText, cc.reason || null]),
    ]),
    ...checks.askProvider.map((c) => [c.label, c.outcomeText]),
  ];
  return { sheetName: t('solution.export.title'), rows };
}
