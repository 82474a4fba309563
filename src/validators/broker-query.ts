import { EVIDENCE_SCHEMES, type EvidenceScheme } from '../domain/catalogue.types';
import { BUYER_PROFILES, findBuyerProfile } from '../domain/broker/buyer-profiles';
import { NO_MUST_HAVES, type MustHaves } from '../domain/broker/broker.types';
import { BROKER_FLAGS, BROKER_FLAG_NAMES, type BrokerQuery } from '../domain/broker/broker-query';
import type { Problem, Validated } from './problem';

export const BROKER_PARAMETERS = ['profile', 'cert', ...Object.values(BROKER_FLAGS), 'maxNoticeDays', 'lang'];
const MAX_NOTICE_DAYS = 3650;

function values(raw: unknown): string[] {
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.map(String).filter((v) => v !== '');
}

/**
 * Validates the broker's query string. Empty values count as absent (an untouched form field), so
 * the empty form is valid; every problem is reported at once, each naming its parameter and the
 * allowed values. Unknown parameters are rejected like a bad value, so a mistyped shared link does
 * not silently drop a requirement.
 */
export function parseBrokerQuery(query: Record<string, unknown>): Validated<BrokerQuery> {
  const problems: Problem[] = [];
  const single = (name: string): string | undefined => {
    const list = values(query[name]);
    if (list.length > 1) problems.push({ parameter: name, code: 'broker.error.single' });
    return list[0];
  };

  for (const name of Object.keys(query)) {
    if (!BROKER_PARAMETERS.includes(name)) {
      problems.push({ parameter: name, code: 'broker.error.unknown', allowed: BROKER_PARAMETERS });
    }
  }

  const profileId = single('profile');
  const profile = profileId === undefined ? undefined : findBuyerProfile(profileId);
  if (profileId !== undefined && !profile) {
    problems.push({
      parameter: 'profile',
      code: 'broker.error.profile',
      allowed: BUYER_PROFILES.map((p) => p.id),
    });
  }

  const certificates = [...new Set(values(query.cert))];
  const unknownCerts = certificates.filter((c) => !(EVIDENCE_SCHEMES as readonly string[]).includes(c));
  if (unknownCerts.length > 0) {
    problems.push({ parameter: 'cert', code: 'broker.error.cert', allowed: [...EVIDENCE_SCHEMES] });
  }

  const mustHaves: MustHaves = { ...NO_MUST_HAVES, certificates: certificates as EvidenceScheme[] };
  for (const flag of BROKER_FLAG_NAMES) {
    const value = single(BROKER_FLAGS[flag]);
    if (value === undefined) continue;
    if (value === 'true') mustHaves[flag] = true;
    else problems.push({ parameter: BROKER_FLAGS[flag], code: 'broker.error.flag', allowed: ['true'] });
  }

  const notice = single('maxNoticeDays');
  if (notice !== undefined) {
    const days = /^[0-9]{1,4}$/.test(notice) ? Number(notice) : NaN;
    if (days <= MAX_NOTICE_DAYS) mustHaves.maxNoticeDays = days;
    else problems.push({ parameter: 'maxNoticeDays', code: 'broker.error.maxNoticeDays' });
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: profile ? { profile, mustHaves } : { mustHaves } };
}
