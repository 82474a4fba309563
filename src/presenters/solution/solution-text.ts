import type { Slot } from '../../domain/solution/composition';
import type { Host } from '../../domain/solution/composition';
import type { MessageRef } from '../../domain/sovereignty/sovereignty.types';
import { localized, type Lang, type Translate } from '../../i18n/i18n';
import type { ReadModel } from '../../domain/catalogue/read-model';
import { sovereigntyText } from '../sovereignty/sovereignty-message.presenter';

/** What every solution presenter needs to put things into words. */
export interface SolutionTextContext {
  t: Translate;
  lang: Lang;
  model: ReadModel;
}

export function serviceName(ctx: SolutionTextContext, serviceId: string): string {
  return ctx.model.serviceById.get(serviceId)?.service.name ?? serviceId;
}

export function serviceNames(ctx: SolutionTextContext, serviceIds: readonly string[]): string {
  return serviceIds.map((id) => serviceName(ctx, id)).join(', ');
}

export function providerName(ctx: SolutionTextContext, providerId: string): string {
  return ctx.model.providers.get(providerId)?.name ?? providerId;
}

export function slotName(ctx: SolutionTextContext, slot: Slot): string {
  const named =
    slot.kind === 'function' ? ctx.model.capabilities.get(slot.id) : ctx.model.categories.get(slot.id);
  return named ? localized(named.name, ctx.lang) : slot.id;
}

export function hostText(ctx: SolutionTextContext, host: Host | undefined): string {
  if (!host) return ctx.t('solution.host.notChosen');
  return host.kind === 'own' ? ctx.t('solution.host.own') : serviceName(ctx, host.serviceId);
}

/** A message of the sovereignty model, the broker or the composer, in words. */
export function messageText(ctx: SolutionTextContext, ref: MessageRef | undefined): string | undefined {
  return ref ? sovereigntyText(ref, ctx.t, ctx.lang, ctx.model) : undefined;
}

export function outcomeText(ctx: SolutionTextContext, outcome: string): string {
  return ctx.t(`solution.outcome.${outcome}`);
}
