import type { Service } from '../catalogue.types';
import type { Cell, CheckOutcome, DataActCheck, DataActItem } from './compare.types';
import { factCell } from './cells';

/**
 * EU Data Act (Regulation (EU) 2023/2854) switching terms a buyer can check per service:
 * - Art. 25(2)(d): a maximum notice period for initiating the switch of at most two months;
 * - Art. 25(2)(g): a minimum data retrieval period of at least 30 calendar days;
 * - Art. 29: switching charges — reduced charges of at most the provider's direct costs are allowed
 *   from 11 January 2024 to 12 January 2027 (Art. 29(2)–(3)); from 12 January 2027 none at all
 *   (Art. 29(1)).
 * Only sourced facts decide; an unverified value gives `unknown`, like an absent one.
 */
export const MAX_NOTICE_DAYS = 60; // two months, read as 60 days to compare with noticePeriodDays
export const MIN_RETRIEVAL_DAYS = 30;
/** From this date Art. 29(1) forbids all switching charges. */
export const SWITCHING_CHARGES_BANNED_FROM = '2027-01-12';

export const ARTICLES = {
  notice: 'Art. 25(2)(d)',
  retrieval: 'Art. 25(2)(g)',
  switchingChargesPhaseOut: 'Art. 29(2)–(3)',
  switchingChargesBan: 'Art. 29(1)',
} as const;

export function checkDataAct(service: Service, assessedOn: string): DataActCheck {
  const items = [noticeItem(service), switchingItem(service, assessedOn), retrievalItem(service)];
  return {
    serviceId: service.id,
    overall: overallOutcome(items.map((i) => i.outcome)),
    items,
    publishedTerms: factCell(service.id, service.exit?.dataActSwitching, (value) => ({
      type: 'boolean',
      value,
    })),
  };
}

/** Not met if any criterion is not met; met only if all are met; otherwise unknown. */
export function overallOutcome(outcomes: CheckOutcome[]): CheckOutcome {
  if (outcomes.includes('not-met')) return 'not-met';
  return outcomes.every((o) => o === 'met') ? 'met' : 'unknown';
}

function noticeItem(service: Service): DataActItem {
  const cell = factCell(service.id, service.contract?.noticePeriodDays, (value) => ({
    type: 'number',
    value,
    unit: 'days',
  }));
  return numericItem('notice', ARTICLES.notice, cell, (days) => days <= MAX_NOTICE_DAYS);
}

function retrievalItem(service: Service): DataActItem {
  const cell = factCell(service.id, service.contract?.dataRetrievalDays, (value) => ({
    type: 'number',
    value,
    unit: 'days',
  }));
  return numericItem('retrieval', ARTICLES.retrieval, cell, (days) => days >= MIN_RETRIEVAL_DAYS);
}

function numericItem(
  criterion: 'notice' | 'retrieval',
  article: string,
  cell: Cell,
  meets: (n: number) => boolean,
): DataActItem {
  const base = `compare.dataAct.reason.${criterion}`;
  if (cell.state !== 'value' || cell.value?.type !== 'number') {
    return { criterion, outcome: 'unknown', article, reasonKey: `${base}.${cell.state}`, cell };
  }
  const met = meets(cell.value.value);
  return {
    criterion,
    outcome: met ? 'met' : 'not-met',
    article,
    reasonKey: `${base}.${met ? 'met' : 'notMet'}`,
    cell,
  };
}

function switchingItem(service: Service, assessedOn: string): DataActItem {
  const banned = assessedOn >= SWITCHING_CHARGES_BANNED_FROM;
  const article = banned ? ARTICLES.switchingChargesBan : ARTICLES.switchingChargesPhaseOut;
  const cell = factCell(service.id, service.contract?.switchingCharges, (code) => ({
    type: 'code',
    enum: 'switchingCharges',
    code,
  }));
  const base = 'compare.dataAct.reason.switchingCharges';
  if (cell.state !== 'value' || cell.value?.type !== 'code') {
    return {
      criterion: 'switchingCharges',
      outcome: 'unknown',
      article,
      reasonKey: `${base}.${cell.state}`,
      cell,
    };
  }
  const code = cell.value.code;
  const outcome: CheckOutcome = code === 'none' || (code === 'at-cost' && !banned) ? 'met' : 'not-met';
  const reason = code === 'at-cost' ? (banned ? 'atCostBanned' : 'atCostAllowed') : code;
  return { criterion: 'switchingCharges', outcome, article, reasonKey: `${base}.${reason}`, cell };
}
