import type { ReadModel } from '../../domain/catalogue/read-model';
import { componentsOf, type Component, type Composition, type Slot } from './composition';
import { assessContinuity, type Continuity } from './continuity';
import { aggregateContracts, type Contracts } from './contracts';
import { assessCoverage, type Coverage } from './coverage';
import { assessIntegration, type Integration } from './integration';
import { checkRequirements, type SolutionCheck } from './requirement-checks';
import { assessWhole, type WholeSovereignty } from './sovereignty-of-whole';

/** A composed solution seen as one offer (issue 17): everything the page and the exports show. */
export interface Solution {
  composition: Composition;
  components: Component[];
  assessedOn: string;
  coverage: Coverage;
  sovereignty: WholeSovereignty;
  integration: Integration;
  contracts: Contracts;
  continuity: Continuity;
  checks: SolutionCheck[];
}

/** Composes a validated composition (every id in the catalogue) over the read model. Pure. */
export function composeSolution(model: ReadModel, composition: Composition): Solution {
  const capabilityOrder = model.document.capabilities.map((c) => c.id);
  const categoryOrder = model.document.categories.map((c) => c.id);
  const serviceById = model.serviceById;
  const components = componentsOf(composition, { serviceById, capabilityOrder, categoryOrder });
  const integration = assessIntegration(components);
  const holdsRecords = (slot: Slot) =>
    slot.kind === 'function' || model.categories.get(slot.id)?.lot === 'workplace';
  return {
    composition,
    components,
    assessedOn: model.assessedOn,
    coverage: assessCoverage(components, capabilityOrder, categoryOrder),
    sovereignty: assessWhole(components, serviceById),
    integration,
    contracts: aggregateContracts(components),
    continuity: assessContinuity(components, serviceById),
    checks: checkRequirements(components, integration, {
      serviceById,
      assessedOn: model.assessedOn,
      holdsRecords,
    }),
  };
}
