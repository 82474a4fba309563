import type { MessageParams, MessageRef } from './sovereignty.types';

/** Root of every message key the model produces (src/i18n/messages/<lang>/sovereignty.json). */
const ROOT = 'sovereignty';

/** A reason: why a rung test passed or failed (`sovereignty.reasons.<path>`). */
export function reason(path: string, params?: MessageParams): MessageRef {
  return params ? { key: `${ROOT}.reasons.${path}`, params } : { key: `${ROOT}.reasons.${path}` };
}

/** Advice: which evidence would raise a level by one rung (`sovereignty.advice.<path>`). */
export function advice(path: string, params?: MessageParams): MessageRef {
  return params ? { key: `${ROOT}.advice.${path}`, params } : { key: `${ROOT}.advice.${path}` };
}
