import { composeSolution } from '../../../src/domain/solution/compose-solution';
import { makeFact, makeUnsourcedFact } from '../../support/catalogue-factory';
import { composition, model, saas } from './solution-fixtures';

describe('contract aggregation', () => {
  const m = model([
    saas('a', {
      contract: {
        slaAvailabilityPct: makeFact(99.9),
        noticePeriodDays: makeFact(30),
        governingLaw: makeFact('NL'),
        switchingCharges: makeFact('none'),
        frameworkAgreements: makeFact(['Rijks-raamovereenkomst X']),
      },
    }),
    saas('b', {
      providerId: 'p-two',
      contract: {
        slaAvailabilityPct: makeFact(99.5),
        noticePeriodDays: makeFact(90),
        governingLaw: makeFact('DE'),
        switchingCharges: makeFact('standard'),
        frameworkAgreements: makeFact(['Rijks-raamovereenkomst X']),
      },
    }),
    saas('c', { contract: { slaAvailabilityPct: makeUnsourcedFact(90), governingLaw: makeFact('NL') } }),
  ]);
  const solution = composeSolution(
    m,
    composition([
      ['mail-calendar', 'a'],
      ['chat', 'b'],
      ['file-storage', 'c'],
    ]),
  );
  const term = (id: string) => solution.contracts.terms.find((t) => t.id === id)!;

  it('counts one contract per provider', () => {
    expect(solution.contracts.providers).toEqual([
      { providerId: 'p-one', serviceIds: ['a', 'c'] },
      { providerId: 'p-two', serviceIds: ['b'] },
    ]);
  });

  it('takes the lowest SLA; an unsourced value is unknown, shown, and not counted', () => {
    expect(term('contract.slaAvailabilityPct').weakest).toEqual([{ value: 99.5, serviceIds: ['b'] }]);
    expect(term('contract.slaAvailabilityPct').unknown).toEqual(['c']);
    expect(term('contract.slaAvailabilityPct').unverified).toEqual([{ value: 90, serviceIds: ['c'] }]);
  });

  it('takes the longest notice and the costliest switching charges', () => {
    expect(term('contract.noticePeriodDays').weakest).toEqual([{ value: 90, serviceIds: ['b'] }]);
    expect(term('contract.noticePeriodDays').unknown).toEqual(['c']);
    expect(term('contract.switchingCharges').weakest).toEqual([{ value: 'standard', serviceIds: ['b'] }]);
  });

  it('lists every governing law with its components', () => {
    expect(term('contract.governingLaw').weakest).toEqual([
      { value: 'NL', serviceIds: ['a', 'c'] },
      { value: 'DE', serviceIds: ['b'] },
    ]);
  });

  it('shows which framework agreement covers which components', () => {
    expect(solution.contracts.frameworks).toEqual([
      { agreement: 'Rijks-raamovereenkomst X', serviceIds: ['a', 'b'] },
    ]);
    expect(solution.contracts.outsideFrameworks).toEqual(['c']);
  });
});
