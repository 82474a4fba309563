import type { BuyerProfile } from '../../domain/broker/buyer-profiles';
import type { MustHaves } from '../../domain/broker/broker.types';

/** A validated broker query: the profile (absent on the empty form) and the must-haves. */
export interface BrokerQuery {
  profile?: BuyerProfile;
  mustHaves: MustHaves;
}

/** Yes/no must-haves and their query parameters (a checked box sends `true`). */
export const BROKER_FLAGS = {
  dataInNl: 'dataInNl',
  openSource: 'openSource',
  selfHostable: 'selfHostable',
  dpa: 'dpa',
  dutchSupport: 'dutchSupport',
  governmentOnly: 'governmentOnly',
  frameworkAgreement: 'framework',
} as const satisfies Partial<Record<keyof MustHaves, string>>;
export type BrokerFlag = keyof typeof BROKER_FLAGS;
export const BROKER_FLAG_NAMES = Object.keys(BROKER_FLAGS) as BrokerFlag[];

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
