import type { Config } from '../../config';
import type { Translate } from '../../i18n/i18n';
import type { ReadModel } from '../../domain/catalogue/read-model';
import { API_BASE, OPERATIONS } from './openapi';
import { FILTER_PARAMETERS } from './openapi-parameters';

export interface ApiPageView {
  title: string;
  breadcrumbs: { href?: string; label: string }[];
  openApiHref: string;
  rateLimit: number;
  endpoints: { path: string; description: string; exampleHref: string }[];
  parameters: { name: string; description: string; allowed: string[] }[];
  csvExampleHref: string;
}

function allowedValues(schema: { [keyword: string]: unknown }): string[] {
  const source = (schema.type === 'array' ? schema.items : schema) as {
    enum?: unknown[];
    minimum?: number;
    maximum?: number;
  };
  if (source.enum) return source.enum.map(String);
  if (source.minimum !== undefined && source.maximum !== undefined && source.maximum <= 4) {
    return Array.from({ length: source.maximum - source.minimum + 1 }, (_v, i) =>
      String(source.minimum! + i),
    );
  }
  return [];
}

export function presentApiPage(
  config: Pick<Config, 'apiRateLimitPerMinute'>,
  model: ReadModel,
  t: Translate,
): ApiPageView {
  // Example links for the endpoints with an id: the first service and provider of the catalogue.
  const examples: Record<string, string | undefined> = {
    '/services/{id}': model.services[0] && `/services/${model.services[0].service.id}`,
    '/services/facets/{facet}': '/services/facets/provider',
    '/providers/{id}': model.document.providers[0] && `/providers/${model.document.providers[0].id}`,
    '/solutions': solutionExample(model),
  };
  return {
    title: t('api.page.title'),
    breadcrumbs: [{ label: t('api.page.title') }],
    openApiHref: `${API_BASE}/openapi.json`,
    rateLimit: config.apiRateLimitPerMinute,
    endpoints: OPERATIONS.map((op) => ({
      path: `${API_BASE}${op.path}`,
      description: t(`api.operations.${op.operationId}`),
      exampleHref: `${API_BASE}${examples[op.path] ?? op.path}`,
    })),
    parameters: FILTER_PARAMETERS.map((p) => ({
      name: p.name,
      description: t(`api.parameters.${p.name}`),
      allowed: allowedValues(p.schema),
    })),
    csvExampleHref: '/services.csv?level=3',
  };
}

/** A one-component solution: the best service for the first function any service provides. */
function solutionExample(model: ReadModel): string | undefined {
  for (const capability of model.document.capabilities) {
    const entry = model.services.find((e) => e.service.capabilities?.includes(capability.id));
    if (entry) return `/solutions?fn.${capability.id}=${entry.service.id}`;
  }
  return undefined;
}
