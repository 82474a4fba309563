import type { BuyerProfile } from './buyer-profiles';
import type { MustHaves } from './broker.types';

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
