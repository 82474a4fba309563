import type { Service } from '../../../src/domain/catalogue.types';
import type { Composition, Host, Slot } from '../../../src/domain/solution/composition';
import { buildReadModel, type ReadModel } from '../../../src/domain/catalogue/read-model';
import {
  makeCapability,
  makeCategory,
  makeDocument,
  makeFact,
  makeProvider,
  makeService,
} from '../../support/catalogue-factory';

export const DATE = '2026-11-28';

/** The workplace functions of the decoy catalogues. */
export const FUNCTIONS = [
  'mail-calendar',
  'chat',
  'video-meetings',
  'file-storage',
  'word-processing',
  'identity-portal',
];

/** An EEA-controlled provider (J ≥ 3 for its services) and a second one, for provider counts. */
export const PROVIDERS = [
  makeProvider({ id: 'p-one', name: 'Provider One', control: makeFact('eea-controlled') }),
  makeProvider({ id: 'p-two', name: 'Provider Two', control: makeFact('eea-controlled') }),
];

/** A SaaS service with data in the Netherlands (D2) unless overridden. */
export function saas(id: string, overrides: Partial<Service> = {}): Service {
  return makeService({
    id,
    providerId: 'p-one',
    serviceModel: 'saas',
    categories: ['workplace-cat'],
    capabilities: [...FUNCTIONS],
    data: { locations: makeFact(['NL']) },
    ...overrides,
  });
}

/** Self-hosted open-source software (J, D, T 4; A not applicable). */
export function software(id: string, overrides: Partial<Service> = {}): Service {
  return saas(id, {
    serviceModel: 'software',
    openSource: makeFact({ licence: 'AGPL-3.0', selfHostable: true }),
    data: undefined,
    ...overrides,
  });
}

/** IaaS in the infrastructure category, data in Germany (D2) unless overridden. */
export function iaas(id: string, overrides: Partial<Service> = {}): Service {
  return makeService({
    id,
    providerId: 'p-two',
    serviceModel: 'iaas',
    categories: ['compute'],
    data: { locations: makeFact(['DE']) },
    ...overrides,
  });
}

export function model(services: Service[]): ReadModel {
  return buildReadModel(
    makeDocument({
      categories: [
        makeCategory({ id: 'compute', lot: 'infrastructure' }),
        makeCategory({ id: 'workplace-cat', lot: 'workplace' }),
      ],
      capabilities: FUNCTIONS.map((id) => makeCapability({ id })),
      providers: PROVIDERS,
      services,
    }),
    DATE,
  );
}

export const fn = (id: string): Slot => ({ kind: 'function', id });

export function composition(picks: [string, string][], hosts: [string, Host][] = []): Composition {
  return { picks: picks.map(([slot, serviceId]) => ({ slot: fn(slot), serviceId })), hosts: new Map(hosts) };
}
