import { diffRecords } from '../../../src/domain/submissions/diff-records';
import { mergeDraft } from '../../../src/domain/submissions/merge-records';
import { markChecked } from '../../../src/domain/submissions/mark-checked';
import { levelEffect } from '../../../src/domain/submissions/level-effect';
import { applyRecord } from '../../../src/domain/submissions/apply-record';
import type { Service } from '../../../src/domain/catalogue.types';
import { makeDocument, makeEvidence, makeFact, makeService } from '../../support/catalogue-factory';

const base = (): Service =>
  makeService({
    exit: { exportFormats: makeFact(['CSV']) },
    evidence: [makeEvidence({ scheme: 'ISO27001' }), makeEvidence({ scheme: 'ISO27017' })],
  });

describe('record changes', () => {
  it('lists changed fields, facts and evidence entries; equal JSON in another key order is no change', () => {
    const after = base();
    after.name = 'Renamed';
    after.contract = { noticePeriodDays: makeFact(30) };
    after.evidence = [after.evidence![1]!];
    after.exit = { exportFormats: { sources: after.exit!.exportFormats!.sources, value: ['CSV'] } };
    expect(
      diffRecords('service', base(), after).map((c) => [
        c.key,
        c.kind,
        c.before !== undefined,
        c.after !== undefined,
      ]),
    ).toEqual([
      ['name', 'field', true, true],
      ['contract.noticePeriodDays', 'fact', false, true],
      ['evidence.ISO27001.0', 'evidence', true, false],
    ]);
  });

  it('merges an out-of-date draft: the supplier keeps its changes, the rest follows the published record', () => {
    const draft = base();
    draft.contract = { noticePeriodDays: makeFact(30) };
    const published = base();
    published.exit = { exportFormats: makeFact(['CSV', 'JSON']) };
    published.contract = { noticePeriodDays: makeFact(60) };
    const { record, conflicts } = mergeDraft('service', base(), draft, published);
    const merged = record as Service;
    expect(merged.exit?.exportFormats?.value).toEqual(['CSV', 'JSON']);
    expect(merged.contract?.noticePeriodDays?.value).toBe(30);
    expect(conflicts).toEqual(['contract.noticePeriodDays']);
    expect(diffRecords('service', published, merged).map((c) => c.key)).toEqual([
      'contract.noticePeriodDays',
    ]);
  });

  it('stamps checkedOn on the sources of the checked items only', () => {
    const record = base();
    record.contract = { noticePeriodDays: makeFact(30) };
    const marked = markChecked(
      record,
      new Set(['contract.noticePeriodDays', 'evidence.ISO27017.0']),
      '2026-11-30',
    ) as Service;
    expect(marked.contract?.noticePeriodDays?.sources?.[0]?.checkedOn).toBe('2026-11-30');
    expect(marked.evidence?.[1]?.sources?.[0]?.checkedOn).toBe('2026-11-30');
    expect(marked.evidence?.[0]?.sources?.[0]?.checkedOn).toBeUndefined();
    expect(marked.exit?.exportFormats?.sources?.[0]?.checkedOn).toBeUndefined();
    expect(record.contract.noticePeriodDays?.sources?.[0]?.checkedOn).toBeUndefined();
  });

  it('gives the level effect per dimension with the rungs that moved, also for services running on it', () => {
    const before = makeDocument({
      services: [
        makeService({ exit: { exportFormats: makeFact(['CSV']) } }),
        makeService({ id: 'on-top', runsOn: ['test-service'], data: { locations: makeFact(['DE']) } }),
      ],
    });
    const changed = {
      ...before.services[0]!,
      exit: { exportFormats: makeFact(['CSV']), dataActSwitching: makeFact(true) },
      data: { locations: makeFact(['NL']) },
    };
    const after = applyRecord(before, 'service', changed);
    const effect = levelEffect(before, after, 'service', 'test-service', '2026-11-30');
    expect(effect.map((e) => e.serviceId).sort()).toEqual(['on-top', 'test-service']);
    const own = effect.find((e) => e.serviceId === 'test-service')!;
    const openness = own.dimensions.find((d) => d.dimension === 'openness')!;
    expect([openness.before, openness.after, openness.reached]).toEqual([1, 2, ['T2']]);
    const data = own.dimensions.find((d) => d.dimension === 'data')!;
    expect([data.before, data.after, data.reached]).toEqual([0, 2, ['D1', 'D2']]);
    // The service on top is capped by it on data: its level moved too, though its own facts did not.
    const top = effect.find((e) => e.serviceId === 'on-top')!;
    const topData = top.dimensions.find((d) => d.dimension === 'data')!;
    expect([topData.before, topData.after]).toEqual([0, 2]);
  });
});
