import type { FilterQuery } from '../../../src/domain/filters';
import type { ServiceEntry } from '../../../src/domain/catalogue/read-model';

/**
 * An independent, deliberately naive statement of the filter semantics of issue 3, written
 * straight from the raw catalogue data (no shared helpers), to check filterServices and its facet
 * counts against.
 */
const EEA = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(
  ' ',
);
const OSI = ['AGPL-3.0-only', 'EUPL-1.2', 'MIT'];

export function naiveMatches(entry: ServiceEntry, query: FilterQuery, assessedOn: string): boolean {
  const { service, provider, assessment } = entry;
  const sourced = (fact?: { sources?: unknown[] }): boolean => !!fact && (fact.sources ?? []).length > 0;
  const dim = (d: keyof typeof assessment.dimensions, min?: number): boolean =>
    min === undefined || !assessment.dimensions[d].applicable || assessment.dimensions[d].level >= min;
  const lots: Record<string, string> = {
    compute: 'infrastructure',
    'object-storage': 'infrastructure',
    'managed-database': 'platform',
    chat: 'workplace',
  };
  const counting = (scheme: string): boolean =>
    (service.evidence ?? []).some(
      (e) =>
        e.scheme === scheme &&
        sourced(e) &&
        e.coversService === true &&
        e.status !== 'in-progress' &&
        !(e.validUntil && e.validUntil < assessedOn),
    );
  const locations = sourced(service.data?.locations) ? (service.data?.locations?.value ?? []) : [];
  const os = service.openSource;

  if (query.level !== undefined && assessment.overall < query.level) return false;
  if (!dim('jurisdiction', query.minJurisdiction)) return false;
  if (!dim('data', query.minData)) return false;
  if (!dim('openness', query.minOpenness)) return false;
  if (!dim('assurance', query.minAssurance)) return false;
  if (query.category.length && !service.categories.some((c) => query.category.includes(c))) return false;
  if (query.lot.length && !service.categories.some((c) => (query.lot as string[]).includes(lots[c])))
    return false;
  if (query.model.length && !query.model.includes(service.serviceModel)) return false;
  if (!query.cert.every(counting)) return false;
  if (query.location === 'NL' && !(locations.length > 0 && locations.every((c) => c === 'NL'))) return false;
  if (query.location === 'EEA' && !(locations.length > 0 && locations.every((c) => EEA.includes(c))))
    return false;
  if (query.control.length && !(sourced(provider.control) && query.control.includes(provider.control!.value)))
    return false;
  if (query.providerType.length && !query.providerType.includes(provider.type)) return false;
  if (query.openSource && !(sourced(os) && OSI.includes(os!.value.licence))) return false;
  if (query.selfHostable && !(sourced(os) && os!.value.selfHostable === true)) return false;
  if (query.capability.length && !(service.capabilities ?? []).some((c) => query.capability.includes(c)))
    return false;
  if (query.provider.length && !query.provider.includes(service.providerId)) return false;
  return true;
}

/** The query with one facet's selection replaced by a single option (or, for cert, one more scheme). */
export function withOption(query: FilterQuery, facet: string, value: string): FilterQuery {
  const next = { ...query } as unknown as Record<string, unknown>;
  switch (facet) {
    case 'level':
    case 'minJurisdiction':
    case 'minData':
    case 'minOpenness':
    case 'minAssurance':
      next[facet] = Number(value);
      break;
    case 'location':
      next[facet] = value;
      break;
    case 'openSource':
    case 'selfHostable':
      next[facet] = true;
      break;
    case 'cert':
      next[facet] = [...new Set([...query.cert, value])];
      break;
    default:
      next[facet] = [value];
  }
  return next as unknown as FilterQuery;
}
