import { BadRequestError, NotFoundError, type ParameterProblem } from '../errors';
import type { Translate } from '../i18n/i18n';
import type { ReadModel, ServiceEntry } from '../domain/catalogue/read-model';
import { canHost, HOST_PREFIX, OWN_HOST, SLOT_PREFIX } from '../domain/solution/composition-params';
import { MAX_COMPONENTS, type Composition, type Host, type Slot } from '../domain/solution/composition';
import { CatalogueId } from './catalogue-id';

/** Parameters of other layers that a composition URL may carry. */
const PASSED_THROUGH = new Set(['lang']);

/**
 * Reads a composition from the query: every value one well-formed id (else 400 naming the
 * parameter), every function and category a catalogue one (400), every service in the catalogue
 * (404 naming the parameter), each providing its function or in its category (400), hosts only for
 * software in the composition and only infrastructure or `own` (400), at most 20 components (400).
 * Empty values (an unchosen select) are ignored; so is the host of a service not in the composition
 * (the form still sends it after the buyer removed the service): `stale` names those parameters.
 */
export function parseSolutionQuery(
  query: Record<string, unknown>,
  model: ReadModel,
  t: Translate,
): { composition: Composition; stale: string[] } {
  const problems: ParameterProblem[] = [];
  const picks: Composition['picks'] = [];
  const hostParams: [string, string][] = [];
  const services = new Map<string, string>();
  for (const [parameter, raw] of Object.entries(query)) {
    if (PASSED_THROUGH.has(parameter)) continue;
    const kind = parameter.startsWith(SLOT_PREFIX.function)
      ? 'function'
      : parameter.startsWith(SLOT_PREFIX.category)
        ? 'category'
        : parameter.startsWith(HOST_PREFIX)
          ? 'host'
          : undefined;
    if (!kind) {
      problems.push({
        parameter,
        message: t('solution.errors.unknownParameter'),
        allowed: ['fn.<…>', 'cat.<…>', 'on.<…>', ...PASSED_THROUGH],
      });
      continue;
    }
    if (typeof raw !== 'string') {
      problems.push({ parameter, message: t('solution.errors.oneValue') });
      continue;
    }
    if (raw === '') continue;
    if (raw !== OWN_HOST || kind !== 'host') {
      if (!CatalogueId.safeParse(raw).success) {
        problems.push({ parameter, message: t('solution.errors.badId') });
        continue;
      }
    }
    if (kind === 'host') {
      hostParams.push([parameter, raw]);
      continue;
    }
    const slot: Slot = { kind, id: parameter.slice(SLOT_PREFIX[kind].length) };
    const known = kind === 'function' ? model.capabilities.has(slot.id) : model.categories.has(slot.id);
    if (!known) {
      problems.push({
        parameter,
        message: t(`solution.errors.unknown.${kind}`, { id: slot.id }),
        allowed: (kind === 'function' ? [...model.capabilities.keys()] : [...model.categories.keys()]).map(
          (id) => `${SLOT_PREFIX[kind]}${id}`,
        ),
      });
      continue;
    }
    picks.push({ slot, serviceId: raw });
    if (!services.has(raw)) services.set(raw, parameter);
  }
  if (problems.length > 0) throw new BadRequestError(problems);

  for (const [serviceId, parameter] of services) {
    if (!model.serviceById.has(serviceId)) throw new NotFoundError('service', serviceId, parameter);
  }
  for (const { slot, serviceId } of picks) {
    const service = (model.serviceById.get(serviceId) as ServiceEntry).service;
    const fits =
      slot.kind === 'function'
        ? (service.capabilities ?? []).includes(slot.id)
        : service.categories.includes(slot.id);
    if (!fits) {
      problems.push({
        parameter: `${SLOT_PREFIX[slot.kind]}${slot.id}`,
        message: t(`solution.errors.doesNotFit.${slot.kind}`, { service: service.name }),
      });
    }
  }
  const stale: string[] = [];
  const hosts = parseHosts(hostParams, services, model, t, problems, stale);
  const count = new Set([...services.keys(), ...[...hosts.values()].flatMap(hostId)]).size;
  if (count > MAX_COMPONENTS) {
    problems.push({
      parameter: 'fn',
      message: t('solution.errors.tooMany', { max: MAX_COMPONENTS, count }),
    });
  }
  if (problems.length > 0) throw new BadRequestError(problems);
  return { composition: { picks, hosts }, stale };
}

function hostId(host: Host): string[] {
  return host.kind === 'service' ? [host.serviceId] : [];
}

function parseHosts(
  params: [string, string][],
  services: Map<string, string>,
  model: ReadModel,
  t: Translate,
  problems: ParameterProblem[],
  stale: string[],
): Map<string, Host> {
  const hosts = new Map<string, Host>();
  for (const [parameter, value] of params) {
    const serviceId = parameter.slice(HOST_PREFIX.length);
    const software = model.serviceById.get(serviceId);
    if (!software) {
      problems.push({ parameter, message: t('solution.errors.hostNotComponent') });
      continue;
    }
    // A host left over from a component the buyer just removed (the form still sends its select).
    if (!services.has(serviceId)) {
      stale.push(parameter);
      continue;
    }
    if (software.service.serviceModel !== 'software') {
      problems.push({
        parameter,
        message: t('solution.errors.notSoftware', { service: software.service.name }),
      });
      continue;
    }
    if (value === OWN_HOST) {
      hosts.set(serviceId, { kind: 'own' });
      continue;
    }
    const host = model.serviceById.get(value);
    if (!host) throw new NotFoundError('service', value, parameter);
    if (!canHost(host, model)) {
      problems.push({ parameter, message: t('solution.errors.cannotHost', { service: host.service.name }) });
      continue;
    }
    hosts.set(serviceId, { kind: 'service', serviceId: value });
  }
  return hosts;
}
