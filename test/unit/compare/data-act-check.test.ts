import { buildComparison } from '../../../src/domain/compare/build-comparison';
import { compareModel } from './compare-fixtures';

const outcomes = (check: { overall: string; items: { criterion: string; outcome: string }[] }) => ({
  overall: check.overall,
  ...Object.fromEntries(check.items.map((i) => [i.criterion, i.outcome])),
});

describe('EU Data Act check', () => {
  it('is met when notice ≤ 2 months, no switching charges and retrieval ≥ 30 days are sourced', () => {
    const [alpha] = buildComparison(compareModel(), ['alpha', 'beta']).dataAct;
    expect(outcomes(alpha)).toEqual({
      overall: 'met',
      notice: 'met',
      switchingCharges: 'met',
      retrieval: 'met',
    });
    expect(alpha.items.map((i) => i.article)).toEqual(['Art. 25(2)(d)', 'Art. 29(2)–(3)', 'Art. 25(2)(g)']);
    expect(alpha.publishedTerms).toMatchObject({ state: 'value', value: { type: 'boolean', value: true } });
  });

  it('is not met when any sourced term falls outside the regulation', () => {
    const beta = buildComparison(compareModel(), ['alpha', 'beta']).dataAct[1];
    expect(outcomes(beta)).toEqual({
      overall: 'not-met',
      notice: 'not-met',
      switchingCharges: 'not-met',
      retrieval: 'not-met',
    });
    expect(beta.items[1].reasonKey).toBe('compare.dataAct.reason.switchingCharges.standard');
    expect(beta.publishedTerms.state).toBe('unknown');
  });

  it('is unknown for absent or unverified terms, and says which', () => {
    const [gamma, delta] = buildComparison(compareModel(), ['gamma', 'delta']).dataAct;
    expect(outcomes(gamma)).toEqual({
      overall: 'unknown',
      notice: 'unknown', // 30 days, but unverified
      switchingCharges: 'met', // at cost, before 12 January 2027
      retrieval: 'unknown',
    });
    expect(gamma.items.map((i) => i.reasonKey)).toEqual([
      'compare.dataAct.reason.notice.unverified',
      'compare.dataAct.reason.switchingCharges.atCostAllowed',
      'compare.dataAct.reason.retrieval.unknown',
    ]);
    expect(outcomes(delta).overall).toBe('unknown');
  });

  it('applies the ban on all switching charges from 12 January 2027 (Art. 29(1))', () => {
    const before = buildComparison(compareModel('2027-01-11'), ['alpha', 'gamma']).dataAct[1];
    const from = buildComparison(compareModel('2027-01-12'), ['alpha', 'gamma']).dataAct;
    expect(before.items[1]).toMatchObject({ outcome: 'met', article: 'Art. 29(2)–(3)' });
    expect(from[1].items[1]).toMatchObject({
      outcome: 'not-met',
      article: 'Art. 29(1)',
      reasonKey: 'compare.dataAct.reason.switchingCharges.atCostBanned',
    });
    expect(from[0].items[1]).toMatchObject({ outcome: 'met', article: 'Art. 29(1)' }); // none stays met
  });
});
