import { isSourced, type Fact } from '../../catalogue.types';
import { isOsiApproved } from '../../sovereignty/osi-licence';
import type { ServiceEntry } from '../../catalogue/read-model';
import type { Reason, RequirementCheck } from '../broker.types';
import { MET, failed, note, reason } from '../broker-messages';

/*
 * Must-haves that read one contract or service fact. The rule everywhere: only a sourced fact can
 * meet a requirement (docs/sovereignty.md, "evidence raises, absence never does"); a sourced contrary
 * value is "not met", an absent or unsourced one is "not shown" (with a cause naming an unsourced
 * value, so the buyer knows what to ask the provider to substantiate).
 */

function notShown(
  kind: string,
  fact: Fact<unknown> | undefined,
  params?: Record<string, string | number>,
): RequirementCheck {
  const cause: Reason | undefined = fact ? reason('unverified') : undefined;
  return failed('notShown', reason(`${kind}.notShown`, params), cause);
}

/**
 * All data in the Netherlands: every sourced data location is NL. Self-hosted software meets it
 * because the buyer chooses where it runs (the same reason docs/sovereignty.md gives it D = 4).
 */
export function checkDataInNl(entry: ServiceEntry): RequirementCheck {
  if (entry.assessment.selfHosted) return { outcome: 'met', note: note('selfHostedLocation') };
  const fact = entry.service.data?.locations;
  if (!isSourced(fact) || fact.value.length === 0) return notShown('dataInNl', fact);
  const elsewhere = fact.value.filter((c) => c.toUpperCase() !== 'NL');
  if (elsewhere.length > 0)
    return failed('notMet', reason('dataInNl.notMet', { countries: elsewhere.join(', ') }));
  return MET;
}

/** Open source: a sourced licence that the SPDX list marks OSI-approved. */
export function checkOpenSource(entry: ServiceEntry): RequirementCheck {
  const fact = entry.service.openSource;
  if (!isSourced(fact)) return notShown('openSource', fact);
  if (isOsiApproved(fact.value.licence)) return MET;
  return failed('notMet', reason('openSource.notMet', { licence: fact.value.licence }));
}

/** Self-hostable: sourced `openSource.selfHostable` = true. */
export function checkSelfHostable(entry: ServiceEntry): RequirementCheck {
  const fact = entry.service.openSource;
  if (!isSourced(fact) || fact.value.selfHostable === undefined) return notShown('selfHostable', fact);
  return fact.value.selfHostable ? MET : failed('notMet', reason('selfHostable.notMet'));
}

/**
 * A data processing agreement: sourced `contract.dpaAvailable` = true. Self-hosted software meets it:
 * with no processor involved, GDPR Art. 28 asks for no agreement.
 */
export function checkDpa(entry: ServiceEntry): RequirementCheck {
  if (entry.assessment.selfHosted) return { outcome: 'met', note: note('selfHostedNoProcessor') };
  const fact = entry.service.contract?.dpaAvailable;
  if (!isSourced(fact)) return notShown('dpa', fact);
  return fact.value ? MET : failed('notMet', reason('dpa.notMet'));
}

/** Notice period: sourced `contract.noticePeriodDays` ≤ the maximum. */
export function checkNoticePeriod(entry: ServiceEntry, maxDays: number): RequirementCheck {
  const fact = entry.service.contract?.noticePeriodDays;
  if (!isSourced(fact)) return notShown('maxNoticeDays', fact, { max: maxDays });
  if (fact.value <= maxDays) return MET;
  return failed('notMet', reason('maxNoticeDays.notMet', { days: fact.value, max: maxDays }));
}

/**
 * How a language list may write Dutch: an ISO 639 code (nl, nld, dut, optionally with a region such
 * as nl-NL or nl_BE) or the language's name in English or Dutch. The catalogue has no examples yet,
 * so every plausible spelling is accepted rather than guessing one.
 */
export function isDutch(language: string): boolean {
  const value = language.trim().toLowerCase();
  return /^(nl|nld|dut)([-_][a-z0-9]+)*$/.test(value) || /\b(dutch|nederlands)\b/.test(value);
}

/** Support in Dutch: sourced `contract.supportLanguages` includes Dutch. */
export function checkDutchSupport(entry: ServiceEntry): RequirementCheck {
  const fact = entry.service.contract?.supportLanguages;
  if (!isSourced(fact) || fact.value.length === 0) return notShown('dutchSupport', fact);
  if (fact.value.some(isDutch)) return MET;
  return failed('notMet', reason('dutchSupport.notMet', { languages: fact.value.join(', ') }));
}

/** Government provider: the provider's `type` (a classification of the catalogue, not a sourced fact). */
export function checkGovernmentProvider(entry: ServiceEntry): RequirementCheck {
  if (entry.provider.type === 'government') return MET;
  return failed('notMet', reason('governmentOnly.notMet', { provider: entry.provider.name }));
}

/** A framework agreement: sourced, non-empty `contract.frameworkAgreements`. */
export function checkFrameworkAgreement(entry: ServiceEntry): RequirementCheck {
  const fact = entry.service.contract?.frameworkAgreements;
  if (!isSourced(fact)) return notShown('frameworkAgreement', fact);
  if (fact.value.length > 0) return MET;
  return failed('notMet', reason('frameworkAgreement.notMet'));
}
