import { BROKER_FLAGS, BROKER_FLAG_NAMES, type BrokerQuery } from '../../domain/broker/broker-query';

/** The query as [parameter, value] pairs in a fixed order: equal queries give equal URLs. */
export function brokerQueryPairs(query: BrokerQuery): [string, string][] {
  const pairs: [string, string][] = [];
  if (query.profile) pairs.push(['profile', query.profile.id]);
  for (const scheme of query.mustHaves.certificates) pairs.push(['cert', scheme]);
  for (const flag of BROKER_FLAG_NAMES) if (query.mustHaves[flag]) pairs.push([BROKER_FLAGS[flag], 'true']);
  if (query.mustHaves.maxNoticeDays !== undefined)
    pairs.push(['maxNoticeDays', String(query.mustHaves.maxNoticeDays)]);
  return pairs;
}

/** The URL of a broker page (or download) for a query. */
export function brokerUrl(path: string, query: BrokerQuery): string {
  const search = new URLSearchParams(brokerQueryPairs(query)).toString();
  return search ? `${path}?${search}` : path;
}
