import type { CatalogueDocument, Provider, Service } from '../../../src/domain/catalogue.types';
import { buildReadModel, type ReadModel } from '../../../src/domain/catalogue/read-model';

import { EARLIER_ASSESSMENT_DATE as ASSESSED_ON } from '../../support/catalogue-factory';

export { ASSESSED_ON };

export function provider(id: string, name: string): Provider {
  return { id, name, type: 'market', hqCountry: 'NL' };
}

export function service(id: string, overrides: Partial<Service> = {}): Service {
  return {
    id,
    providerId: 'acme',
    name: id,
    summary: { nl: `Dienst ${id}` },
    categories: ['compute'],
    serviceModel: 'iaas',
    ...overrides,
  };
}

/** A small catalogue with two categories and two capabilities that replace Microsoft products. */
export function document(
  services: Service[],
  providers: Provider[] = [provider('acme', 'Acme Cloud')],
): CatalogueDocument {
  return {
    schemaVersion: 1,
    categories: [
      { id: 'compute', lot: 'infrastructure', name: { nl: 'Rekenkracht', en: 'Compute' } },
      { id: 'storage', lot: 'infrastructure', name: { nl: 'Opslag', en: 'Storage' } },
      { id: 'collaboration', lot: 'workplace', name: { nl: 'Samenwerken', en: 'Collaboration' } },
    ],
    capabilities: [
      { id: 'chat', name: { nl: 'Chat', en: 'Chat' }, replaces: ['Microsoft Teams (chat)'] },
      {
        id: 'mail-calendar',
        name: { nl: 'E-mail en agenda', en: 'Email and calendar' },
        replaces: ['Microsoft Outlook', 'Microsoft Exchange Online'],
      },
      {
        id: 'file-storage',
        name: { nl: 'Bestandsopslag', en: 'File storage' },
        replaces: ['Microsoft OneDrive', 'Microsoft SharePoint (document libraries)'],
      },
    ],
    providers,
    services,
  };
}

export function model(services: Service[], providers?: Provider[], generation = 1): ReadModel {
  return buildReadModel(document(services, providers), ASSESSED_ON, generation);
}
