import type { Fact, ServiceContract, ServiceEnvironment } from '../catalogue.types';
import type { CellValue } from './compare.types';
import { factCell, nonEmpty } from './cells';
import type { Ranker, RowDefinition } from './rankers';
import { byCode, higher, lower, SWITCHING_RANK } from './rankers';

type ValueOf<F> = NonNullable<F> extends Fact<infer T> ? T : never;

function contractRow<K extends keyof ServiceContract>(
  key: K,
  toValue: (value: ValueOf<ServiceContract[K]>) => CellValue | undefined,
  rank?: Ranker,
): RowDefinition {
  return {
    id: `contract.${key}`,
    group: 'contract',
    cell: ({ service }) =>
      factCell(service.id, service.contract?.[key] as Fact<ValueOf<ServiceContract[K]>> | undefined, toValue),
    ...(rank ? { rank } : {}),
  };
}

function environmentRow<K extends keyof ServiceEnvironment>(
  key: K,
  unit: 'percent' | 'ratio',
  rank: Ranker,
): RowDefinition {
  return {
    id: `environment.${key}`,
    group: 'environment',
    cell: ({ service }) =>
      factCell(service.id, service.environment?.[key], (value) => ({ type: 'number', value, unit })),
    rank,
  };
}

const text = (value: string): CellValue => ({ type: 'text', text: value });
const list = (items: string[]): CellValue | undefined =>
  nonEmpty(items) ? { type: 'list', items } : undefined;

/** Contract terms, in the order of the issue. governingLaw and courtVenue are shown under control. */
export const contractRows: RowDefinition[] = [
  contractRow('slaAvailabilityPct', (value) => ({ type: 'number', value, unit: 'percent' }), higher),
  contractRow('serviceCredits', text),
  contractRow('supportHours', text),
  contractRow('supportLanguages', list),
  contractRow('minimumTermMonths', (value) => ({ type: 'number', value, unit: 'minimumTerm' }), lower),
  contractRow('noticePeriodDays', (value) => ({ type: 'number', value, unit: 'days' }), lower),
  contractRow('priceModel', (code) => ({ type: 'code', enum: 'priceModel', code })),
  contractRow('priceIndication', (price) => ({ type: 'price', ...price })),
  contractRow(
    'switchingCharges',
    (code) => ({ type: 'code', enum: 'switchingCharges', code }),
    byCode(SWITCHING_RANK),
  ),
  contractRow('dataRetrievalDays', (value) => ({ type: 'number', value, unit: 'days' }), higher),
  contractRow('liabilityCap', text),
  contractRow('dpaAvailable', (value) => ({ type: 'boolean', value }), higher),
  contractRow('subprocessorNoticeDays', (value) => ({ type: 'number', value, unit: 'days' }), higher),
  contractRow('auditRights', text),
  contractRow('frameworkAgreements', list),
];

export const environmentRows: RowDefinition[] = [
  environmentRow('renewableEnergyPct', 'percent', higher),
  environmentRow('pue', 'ratio', lower),
];
