import type { MessageParams } from '../sovereignty/sovereignty.types';
import type { Outcome, Reason, RequirementCheck } from './broker.types';

/** A broker reason (`broker.reason.<path>` in src/i18n/messages/<lang>/broker.json). */
export function reason(path: string, params?: MessageParams): Reason {
  return params ? { key: `broker.reason.${path}`, params } : { key: `broker.reason.${path}` };
}

/** A note on how a requirement was met (`broker.note.<path>`). */
export function note(path: string, params?: MessageParams): Reason {
  return params ? { key: `broker.note.${path}`, params } : { key: `broker.note.${path}` };
}

export const MET: RequirementCheck = { outcome: 'met' };

export function failed(outcome: Exclude<Outcome, 'met'>, why: Reason, cause?: Reason): RequirementCheck {
  return cause ? { outcome, reason: why, cause } : { outcome, reason: why };
}
