import type { Solution } from '../../domain/solution/compose-solution';
import type { Composition } from '../../domain/solution/composition';
import { compositionPairs } from '../../domain/solution/composition-params';
import { presentLevelBadge } from '../sovereignty/level-badge.presenter';
import { buildUrl } from '../url';
import type { ReadModel } from '../../domain/catalogue/read-model';
import { presentSolutionForm } from './solution-form.presenter';
import { presentChecks, presentContinuity, presentContracts } from './solution-obligations.presenter';
import { presentCoverage, presentIntegration, presentSovereignty } from './solution-sections.presenter';
import { hostText, slotName, type SolutionTextContext } from './solution-text';

function pairsOf(composition: Composition, model: Pick<ReadModel, 'document'>): [string, string][] {
  return compositionPairs(composition, {
    capabilityOrder: model.document.capabilities.map((c) => c.id),
    categoryOrder: model.document.categories.map((c) => c.id),
  });
}

/** The composer's URL for a composition (canonical parameter order). */
export function solutionHref(composition: Composition, model: Pick<ReadModel, 'document'>): string {
  return buildUrl('/solutions', pairsOf(composition, model));
}

/** The URLs of a composition: the page, its downloads and its JSON, all with the same parameters. */
export function solutionLinks(composition: Composition, ctx: SolutionTextContext) {
  const pairs = pairsOf(composition, ctx.model);
  return {
    page: buildUrl('/solutions', pairs),
    csv: buildUrl('/solutions.csv', pairs),
    ods: buildUrl('/solutions.ods', pairs),
    json: buildUrl('/api/v1/solutions', pairs),
  };
}

/** The components of a solution as rows: what each is chosen for and where it runs. */
export function presentComponents(solution: Solution, ctx: SolutionTextContext) {
  const { t } = ctx;
  return solution.components.map((c) => ({
    id: c.entry.service.id,
    name: c.entry.service.name,
    href: `/services/${encodeURIComponent(c.entry.service.id)}`,
    provider: c.entry.provider.name,
    serviceModel: t(`facts.enum.serviceModel.${c.entry.service.serviceModel}`),
    slots: c.slots.length
      ? c.slots.map((s) => slotName(ctx, s)).join(', ')
      : t('solution.components.infrastructureOnly'),
    runsOn: c.software ? hostText(ctx, c.host) : undefined,
    hostMissing: c.software && c.host === undefined,
    badge: presentLevelBadge(c.entry.assessment.overall, t),
  }));
}

export function presentSolutionPage(
  composition: Composition,
  solution: Solution | undefined,
  stale: string[],
  ctx: SolutionTextContext,
) {
  const { t } = ctx;
  const title = t('solution.title');
  return {
    title,
    breadcrumbs: [{ label: title }],
    form: presentSolutionForm(composition, ctx),
    stale: stale.length ? t('solution.stale', { parameters: stale.join(', ') }) : undefined,
    assessedOn: ctx.model.assessedOn,
    result: solution
      ? {
          links: solutionLinks(composition, ctx),
          components: presentComponents(solution, ctx),
          coverage: presentCoverage(solution, ctx),
          sovereignty: presentSovereignty(solution, ctx),
          integration: presentIntegration(solution, ctx),
          contracts: presentContracts(solution, ctx),
          continuity: presentContinuity(solution, ctx),
          checks: presentChecks(solution, ctx),
        }
      : undefined,
  };
}

export type SolutionPageView = ReturnType<typeof presentSolutionPage>;
export type SolutionResultView = NonNullable<SolutionPageView['result']>;
