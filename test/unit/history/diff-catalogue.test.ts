import { diffGenerations, type Generation } from '../../../src/domain/history/diff-catalogue';
import type { CatalogueDocument } from '../../../src/domain/catalogue.types';
import { assessCatalogue } from '../../../src/domain/sovereignty/assess-catalogue';
import { makeFact, makeService } from '../../support/catalogue-factory';
import { historyDocument, levelTwoService } from './history-fixtures';

const ON = '2026-12-15';
const generation = (document: CatalogueDocument): Generation => ({
  document,
  assessments: assessCatalogue(document, ON),
  assessedOn: ON,
});

describe('diff of two catalogue generations', () => {
  it('sees no change where a list or object is empty in one and absent in the other', () => {
    // As the tables give it back: an empty list or fact group comes back absent.
    const imported = historyDocument([
      levelTwoService(),
      makeService({ id: 'bare', evidence: [], exit: {}, capabilities: [] }),
    ]);
    const readBack = historyDocument([levelTwoService(), makeService({ id: 'bare' })]);
    delete readBack.services[1].evidence;
    delete readBack.services[1].exit;
    delete readBack.services[1].capabilities;
    expect(diffGenerations(generation(readBack), generation(imported))).toEqual([]);
  });

  it('names each changed field, fact and evidence entry, the provider a service moved to included', () => {
    const before = historyDocument([levelTwoService(), makeService({ id: 'decoy', name: 'Decoy' })]);
    const after = historyDocument([
      levelTwoService({
        providerId: 'other-provider',
        name: 'Mail NL 2',
        contract: { slaAvailabilityPct: makeFact(99.95) },
        evidence: [],
      }),
      makeService({ id: 'decoy', name: 'Decoy' }),
    ]);
    const [item, ...others] = diffGenerations(generation(before), generation(after));
    expect(others).toEqual([]);
    expect(item).toMatchObject({ subjectId: 'mail-nl', kind: 'changed', providerId: 'other-provider' });
    expect(item.detail.fields.map((f) => f.field).sort()).toEqual(['name', 'providerId']);
    expect(item.detail.facts.map((f) => f.path)).toEqual(['contract.slaAvailabilityPct']);
    expect(item.detail.evidence).toMatchObject([{ scheme: 'ISO27001', after: undefined }]);
    expect(item.detail.levels).toMatchObject({ before: { overall: 2 } });
  });
});
