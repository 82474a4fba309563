import type { Comparison, Row } from '../../../src/domain/compare/compare.types';
import { GROUP_IDS } from '../../../src/domain/compare/compare.types';
import { onlyDifferences } from '../../../src/domain/compare/compare-entries';
import { buildComparison, UnknownServiceIdError } from '../../../src/domain/compare/build-comparison';
import { compareModel } from './compare-fixtures';

function row(comparison: Comparison, id: string): Row {
  const found = comparison.groups.flatMap((g) => g.rows).find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}
const states = (r: Row): string[] => r.cells.map((c) => c.state);
const best = (r: Row): string[] => r.cells.filter((c) => c.best).map((c) => c.serviceId);

describe('buildComparison: the grid', () => {
  const model = compareModel();

  it('builds one cell per service, in the requested order, in every row of every group (2 services)', () => {
    const c = buildComparison(model, ['beta', 'alpha']);
    expect(c.groups.map((g) => g.id)).toEqual(GROUP_IDS);
    const rows = c.groups.flatMap((g) => g.rows);
    expect(rows.length).toBeGreaterThan(30);
    for (const r of rows) expect(r.cells.map((cell) => cell.serviceId)).toEqual(['beta', 'alpha']);
    expect(c.assessedOn).toBe('2026-11-28');
  });

  it('builds the grid for 4 services, with assurance rows for exactly the schemes they hold', () => {
    const c = buildComparison(model, ['alpha', 'beta', 'gamma', 'delta']);
    for (const r of c.groups.flatMap((g) => g.rows)) expect(r.cells).toHaveLength(4);
    const assurance = c.groups.find((g) => g.id === 'assurance');
    // HDS is held only by the decoy epsilon, which is not compared.
    expect(assurance?.rows.map((r) => r.id)).toEqual(['assurance.ISO27001', 'assurance.SOC2']);
    expect(assurance?.rows[0].labelParams).toEqual({ scheme: 'ISO27001' });
    expect(c.dataAct.map((d) => d.serviceId)).toEqual(['alpha', 'beta', 'gamma', 'delta']);
  });

  it('never leaves a cell empty: a value, or an unverified value, or unknown', () => {
    const c = buildComparison(model, ['alpha', 'beta', 'gamma', 'delta']);
    for (const cell of c.groups.flatMap((g) => g.rows).flatMap((r) => r.cells)) {
      if (cell.state === 'unknown') expect(cell.value).toBeUndefined();
      else expect(cell.value).toBeDefined();
    }
  });

  it('tells unverified (present without source) from unknown (absent)', () => {
    const c = buildComparison(model, ['alpha', 'gamma', 'delta']);
    const sla = row(c, 'contract.slaAvailabilityPct');
    expect(states(sla)).toEqual(['value', 'unverified', 'unknown']);
    expect(sla.cells[0].sources).toHaveLength(1);
    expect(sla.cells[1]).toMatchObject({ value: { type: 'number', value: 99.99 }, sources: [] });
    expect(states(row(c, 'control.control'))).toEqual(['value', 'value', 'unverified']);
  });

  it('marks rows whose services differ, and only those', () => {
    const c = buildComparison(model, ['alpha', 'gamma']);
    expect(row(c, 'contract.slaAvailabilityPct').differs).toBe(true); // value vs unverified
    expect(row(c, 'control.control').differs).toBe(false); // both sourced eea-controlled
    expect(row(c, 'control.governingLaw').differs).toBe(false); // both unknown
    expect(row(c, 'contract.switchingCharges').differs).toBe(true); // none vs at-cost
    const diffs = onlyDifferences(c.groups).flatMap((g) => g.rows);
    expect(diffs.every((r) => r.differs)).toBe(true);
    expect(diffs.map((r) => r.id)).toContain('contract.switchingCharges');
    expect(diffs.map((r) => r.id)).not.toContain('control.control');
  });

  it('resolves ids once each and names an unknown id', () => {
    expect(buildComparison(model, ['alpha', 'beta', 'alpha']).services).toHaveLength(2);
    expect(() => buildComparison(model, ['alpha', 'nope'])).toThrow(UnknownServiceIdError);
    try {
      buildComparison(model, ['alpha', 'nope']);
    } catch (e) {
      expect((e as UnknownServiceIdError).serviceId).toBe('nope');
    }
  });
});

describe('buildComparison: best values', () => {
  const model = compareModel();

  it('marks the best sourced value in the row direction; an unverified higher value never wins', () => {
    const c = buildComparison(model, ['alpha', 'beta', 'gamma']);
    expect(best(row(c, 'contract.slaAvailabilityPct'))).toEqual(['alpha']); // gamma's 99.99 is unverified
    expect(best(row(c, 'contract.noticePeriodDays'))).toEqual(['alpha']); // shorter wins
    expect(best(row(c, 'contract.switchingCharges'))).toEqual(['alpha']); // none > at-cost > standard
    expect(best(row(c, 'contract.dataRetrievalDays'))).toEqual(['alpha']); // longer wins
    expect(best(row(c, 'sovereignty.jurisdiction'))).toEqual(['alpha', 'gamma']); // both eea-controlled
    expect(best(row(c, 'control.control'))).toEqual(['alpha', 'gamma']);
    expect(best(row(c, 'assurance.ISO27001'))).toEqual(['alpha']); // beta's does not cover the service
  });

  it('marks all tied best values, and none when every known value is the same', () => {
    const tie = buildComparison(model, ['alpha', 'beta', 'zeta']);
    expect(best(row(tie, 'contract.slaAvailabilityPct'))).toEqual(['alpha', 'zeta']);
    const same = buildComparison(model, ['alpha', 'zeta']);
    expect(best(row(same, 'contract.slaAvailabilityPct'))).toEqual([]);
    expect(best(row(same, 'contract.dpaAvailable'))).toEqual([]); // one known value only
  });

  it('does not call the only known value best, and never marks rows without a direction', () => {
    const c = buildComparison(model, ['alpha', 'delta']);
    expect(best(row(c, 'contract.slaAvailabilityPct'))).toEqual([]);
    const locations = row(buildComparison(model, ['alpha', 'beta']), 'data.locations');
    expect(locations.ranked).toBe(false);
    expect(best(locations)).toEqual([]);
  });

  it('shows evidence validity against the assessment date', () => {
    const soc2 = row(buildComparison(model, ['alpha', 'beta']), 'assurance.SOC2');
    expect(soc2.cells[0].state).toBe('unknown');
    expect(soc2.cells[1].value).toEqual({
      type: 'evidence',
      scheme: 'SOC2',
      entries: [
        expect.objectContaining({ level: 'type2', validUntil: '2025-06-30', expired: true, counts: false }),
      ],
    });
  });
});
