import type { ReadModel, ServiceEntry } from '../../catalogue/read-model';
import type { RequirementCheck } from '../broker.types';
import { failed, note, reason } from '../broker-messages';

/**
 * The state-secret rule (docs/sovereignty.md: "not in public cloud: only government providers or
 * self-hosted software"), made exact:
 * 1. Self-hosted software (the assessment's `selfHosted`: software model, sourced OSI licence,
 *    sourced self-hostable) qualifies: the buyer runs it on its own infrastructure.
 * 2. Otherwise the provider must be a government provider, the service must not be offered as
 *    public cloud (`deployment` includes `public`), and no service it runs on (`runsOn`,
 *    transitively) may be run by a market provider — a government SaaS hosted by a public cloud
 *    company is public cloud.
 * Anything else is public cloud for this purpose and fails.
 */
export function checkHosting(entry: ServiceEntry, model: ReadModel): RequirementCheck {
  if (entry.assessment.selfHosted) return { outcome: 'met', note: note('selfHosted') };
  const { service, provider } = entry;
  if (provider.type !== 'government') {
    return failed('notMet', reason('hosting.marketProvider', { provider: provider.name }));
  }
  if (service.deployment?.includes('public')) {
    return failed('notMet', reason('hosting.publicDeployment', { provider: provider.name }));
  }
  const marketHost = findMarketHost(service.runsOn ?? [], model, new Set([service.id]));
  if (marketHost) {
    return failed(
      'notMet',
      reason('hosting.runsOnMarket', {
        service: marketHost.service.name,
        provider: marketHost.provider.name,
      }),
    );
  }
  return { outcome: 'met', note: note('governmentHosted', { provider: provider.name }) };
}

/** The first service down the runsOn chain that a market provider runs (depth first, catalogue order). */
function findMarketHost(
  ids: readonly string[],
  model: ReadModel,
  seen: Set<string>,
): ServiceEntry | undefined {
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const host = model.serviceById.get(id);
    if (!host) continue;
    if (host.provider.type !== 'government') return host;
    const deeper = findMarketHost(host.service.runsOn ?? [], model, seen);
    if (deeper) return deeper;
  }
  return undefined;
}
