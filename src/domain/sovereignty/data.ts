import type { KeyCustody } from '../catalogue.types';
import { isSourced } from '../catalogue.types';
import { isEeaCountry } from '../eea';
import type { DimensionAssessment } from './sovereignty.types';
import type { AssessmentContext } from './assessment-context';
import { checkFact, describeBoolean } from './fact-check';
import { advice, reason } from './message-keys';
import type { Condition } from './rungs';
import { evaluateDimension, selfHostedDimension } from './rungs';
import { isSelfHostedSoftware } from './self-hosted';

const STRONG_CUSTODY: readonly KeyCustody[] = ['customer-kms', 'end-to-end'];

/** D — data (CSF SOV-3): where data lives, what the contract promises, who holds the keys. */
export function assessData(context: AssessmentContext): DimensionAssessment {
  if (isSelfHostedSoftware(context.service)) return selfHostedDimension('data');
  const data = context.service.data ?? {};
  const locations = data.locations;
  const eeaOf = (countries: readonly string[]) => countries.filter(isEeaCountry);
  const nonEeaOf = (countries: readonly string[]) => countries.filter((c) => !isEeaCountry(c));

  const includesEea = checkFact(
    locations,
    'data.locations',
    (v) => eeaOf(v).length > 0,
    (v) =>
      eeaOf(v).length > 0
        ? reason('data.includesEea', { countries: eeaOf(v).join(', ') })
        : reason('data.noEea', { countries: v.join(', ') || '—' }),
    advice('data.D1'),
  );
  const allEea = checkFact(
    locations,
    'data.locations',
    (v) => nonEeaOf(v).length === 0,
    (v) =>
      nonEeaOf(v).length === 0
        ? reason('data.allEea', { countries: v.join(', ') })
        : reason('data.nonEea', { countries: nonEeaOf(v).join(', ') }),
    advice('data.D2locations'),
  );
  const contractual = data.contractualEeaOnly;
  const notContractuallyFalse: Condition = {
    ok: !(isSourced(contractual) && contractual.value === false),
    reason: reason('factFalse', { fact: 'data.contractualEeaOnly' }),
    advice: advice('data.D2contract'),
  };
  const contractTrue = checkFact(
    contractual,
    'data.contractualEeaOnly',
    (v) => v,
    describeBoolean('data.contractualEeaOnly'),
    advice('data.D3contract'),
  );
  const supportTrue = checkFact(
    data.supportAccessInEea,
    'data.supportAccessInEea',
    (v) => v,
    describeBoolean('data.supportAccessInEea'),
    advice('data.D3support'),
  );
  const custody = checkFact(
    data.keyCustody,
    'data.keyCustody',
    (v) => STRONG_CUSTODY.includes(v),
    (v) => reason('data.keyCustody', { keyCustody: v }),
    advice('data.D4'),
  );

  return evaluateDimension('data', [
    { rung: 1, conditions: [includesEea] },
    { rung: 2, conditions: [allEea, notContractuallyFalse] },
    { rung: 3, conditions: [contractTrue, supportTrue], passReason: reason('data.contractAndSupport') },
    { rung: 4, conditions: [custody] },
  ]);
}
