import { localized } from '../../i18n/i18n';
import type { Composition, Slot } from '../../domain/solution/composition';
import { canHost, HOST_PREFIX, OWN_HOST, SLOT_PREFIX } from '../../domain/solution/composition-params';
import type { ServiceEntry } from '../../domain/catalogue/read-model';
import type { SolutionTextContext } from './solution-text';

/** At most this many services are offered per select; the chosen one is always among them. */
export const MAX_OPTIONS = 100;

export interface OptionView {
  value: string;
  label: string;
  selected: boolean;
}

export interface SelectView {
  name: string;
  id: string;
  label: string;
  options: OptionView[];
  /** Set when the list is cut to the best MAX_OPTIONS services. */
  truncated?: string;
}

/**
 * The composer form: a select per workplace function and per category (services in the catalogue's
 * default order, best level first), and for each software component a select of where it runs.
 */
export function presentSolutionForm(composition: Composition, ctx: SolutionTextContext) {
  const { t, model, lang } = ctx;
  const chosen = (slot: Slot) =>
    composition.picks.find((p) => p.slot.kind === slot.kind && p.slot.id === slot.id)?.serviceId;
  const select = (
    name: string,
    label: string,
    entries: ServiceEntry[],
    value: string | undefined,
    empty: string,
    extra: OptionView[] = [],
  ): SelectView => {
    const offered = entries.slice(0, MAX_OPTIONS);
    const current = value === undefined ? undefined : entries.find((e) => e.service.id === value);
    if (current && !offered.includes(current)) offered.push(current);
    return {
      name,
      id: `sel-${name.replace(/[^a-z0-9-]/g, '-')}`,
      label,
      options: [
        { value: '', label: empty, selected: value === undefined && !extra.some((o) => o.selected) },
        ...extra,
        ...offered.map((e) => ({
          value: e.service.id,
          label: `${e.service.name} (${e.provider.name}, ${t('solution.form.level', { level: e.assessment.overall })})`,
          selected: e.service.id === value,
        })),
      ],
      truncated:
        entries.length > MAX_OPTIONS
          ? t('solution.form.truncated', { shown: MAX_OPTIONS, count: entries.length })
          : undefined,
    };
  };
  const providersOf = (capabilityId: string) =>
    model.services.filter((e) => (e.service.capabilities ?? []).includes(capabilityId));
  const functions = model.document.capabilities.map((c) => {
    const slot: Slot = { kind: 'function', id: c.id };
    return select(
      `${SLOT_PREFIX.function}${c.id}`,
      localized(c.name, lang),
      providersOf(c.id),
      chosen(slot),
      t('solution.form.none'),
    );
  });
  const categories = model.document.categories.map((c) => {
    const slot: Slot = { kind: 'category', id: c.id };
    return select(
      `${SLOT_PREFIX.category}${c.id}`,
      localized(c.name, lang),
      model.servicesByCategory.get(c.id) ?? [],
      chosen(slot),
      t('solution.form.none'),
    );
  });
  const hostCandidates = model.services.filter((e) => canHost(e, model));
  const software = [...new Set(composition.picks.map((p) => p.serviceId))]
    .map((id) => model.serviceById.get(id))
    .filter((e): e is ServiceEntry => e?.service.serviceModel === 'software');
  const hosts = software.map((e) => {
    const host = composition.hosts.get(e.service.id);
    return select(
      `${HOST_PREFIX}${e.service.id}`,
      t('solution.form.runsOn', { service: e.service.name }),
      hostCandidates,
      host?.kind === 'service' ? host.serviceId : undefined,
      t('solution.form.hostNotChosen'),
      [{ value: OWN_HOST, label: t('solution.host.own'), selected: host?.kind === 'own' }],
    );
  });
  const categoriesOpen = composition.picks.some((p) => p.slot.kind === 'category');
  return { functions, categories, categoriesOpen, hosts };
}
