import type { Solution } from '../../domain/solution/compose-solution';
import { DIMENSIONS } from '../../domain/sovereignty/sovereignty.types';
import { NOT_IN_CATALOGUE } from '../../domain/solution/requirement-checks';
import { solutionLinks } from './solution-page.presenter';
import { presentSovereignty } from './solution-sections.presenter';
import { messageText, type SolutionTextContext } from './solution-text';

/**
 * The solution as JSON (GET /api/v1/solutions): ids and values for programs, with the page's
 * sentences (`text`) in the requested language for people.
 */
export function presentSolutionJson(
  solution: Solution,
  ignoredParameters: string[],
  ctx: SolutionTextContext,
) {
  const { sovereignty: whole, integration, contracts, continuity } = solution;
  const words = presentSovereignty(solution, ctx);
  return {
    assessedOn: solution.assessedOn,
    url: solutionLinks(solution.composition, ctx).page,
    ignoredParameters,
    components: solution.components.map((c) => ({
      id: c.entry.service.id,
      name: c.entry.service.name,
      providerId: c.entry.provider.id,
      serviceModel: c.entry.service.serviceModel,
      slots: c.slots,
      runsOn: c.software ? (c.host ?? null) : undefined,
      overall: c.entry.assessment.overall,
    })),
    coverage: solution.coverage,
    sovereignty: {
      overall: whole.overall ?? null,
      limitedBy: whole.limitedBy,
      provisional: whole.provisional,
      text: words.summary,
      dimensions: Object.fromEntries(
        DIMENSIONS.map((d) => {
          const dim = whole.dimensions[d];
          return [
            d,
            {
              level: dim.level ?? null,
              undetermined: dim.undetermined,
              limiting: dim.limiting.map((l) => ({
                serviceId: l.serviceId,
                decidedBy: l.decidedBy,
                via: l.via,
                cause: messageText(ctx, l.cause) ?? null,
              })),
            },
          ];
        }),
      ),
    },
    integration: {
      outcome: integration.outcome,
      identity: integration.identity,
      pairs: integration.pairs,
      standards: Object.fromEntries(integration.standards),
    },
    contracts: {
      contracts: contracts.providers.length,
      providers: contracts.providers,
      terms: contracts.terms,
      frameworks: contracts.frameworks,
      outsideFrameworks: contracts.outsideFrameworks,
    },
    continuity: {
      singlePoints: continuity.singlePoints,
      exit: continuity.exit.map((e) => ({
        serviceId: e.serviceId,
        level: e.level,
        missing: messageText(ctx, e.missing) ?? null,
      })),
    },
    checks: [
      ...solution.checks.map((c) => ({
        id: c.id,
        outcome: c.outcome,
        reason: messageText(ctx, c.reason) ?? null,
        components: c.components.map((cc) => ({
          serviceId: cc.serviceId,
          outcome: cc.outcome,
          via: cc.via ?? null,
          reason: messageText(ctx, cc.reason) ?? null,
        })),
      })),
      ...NOT_IN_CATALOGUE.map((id) => ({ id, outcome: 'notInCatalogue', reason: null, components: [] })),
    ],
  };
}
