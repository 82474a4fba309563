import type { Provider, ProviderType } from '../catalogue.types';
import type { ReadModel } from './read-model';

export interface ProviderListQuery {
  /** Provider types, any of them; empty = all. */
  type: ProviderType[];
  /** Headquarters countries (ISO 3166-1 alpha-2, upper case), any of them; empty = all. */
  country: string[];
  page: number;
  perPage: number;
}

export interface ProviderPage {
  total: number;
  page: number;
  perPage: number;
  pageCount: number;
  items: Provider[];
}

/** One page of the providers that match, in catalogue order. */
export function listProviders(model: ReadModel, query: ProviderListQuery): ProviderPage {
  const matching = model.document.providers.filter(
    (provider) =>
      (query.type.length === 0 || query.type.includes(provider.type)) &&
      (query.country.length === 0 || query.country.includes(provider.hqCountry)),
  );
  const start = (query.page - 1) * query.perPage;
  return {
    total: matching.length,
    page: query.page,
    perPage: query.perPage,
    pageCount: Math.max(1, Math.ceil(matching.length / query.perPage)),
    items: matching.slice(start, start + query.perPage),
  };
}
