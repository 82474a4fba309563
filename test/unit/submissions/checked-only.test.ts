import { assessCatalogue } from '../../../src/domain/sovereignty/assess-catalogue';
import { checkedOnlyDocument } from '../../../src/domain/sovereignty/checked-only';
import { buildCheckedOnlyReadModel } from '../../../src/domain/catalogue/read-model';
import {
  makeDocument,
  makeEvidence,
  makeFact,
  makeProvider,
  makeService,
  makeSource,
} from '../../support/catalogue-factory';

const DATE = '2026-11-30';
const checked = (date: string) => [makeSource({ checkedOn: date })];

/** A service that reaches J4 D4 T3 A2 when every source counts. */
function document(sources: { control?: string; data?: string; exit?: string; evidence?: string }) {
  const s = (date?: string) => (date ? checked(date) : [makeSource()]);
  return makeDocument({
    providers: [makeProvider({ control: makeFact('eea-controlled', { sources: s(sources.control) }) })],
    services: [
      makeService({
        data: {
          locations: makeFact(['NL'], { sources: s(sources.data) }),
          contractualEeaOnly: makeFact(true, { sources: s(sources.data) }),
          supportAccessInEea: makeFact(true, { sources: s(sources.data) }),
          keyCustody: makeFact('customer-kms', { sources: s(sources.data) }),
        },
        exit: {
          exportFormats: makeFact(['CSV'], { sources: s(sources.exit) }),
          openStandards: makeFact(['S3'], { sources: s(sources.exit) }),
          dataActSwitching: makeFact(true, { sources: s(sources.exit) }),
        },
        evidence: [
          makeEvidence({ scheme: 'SecNumCloud', status: 'qualified', sources: s(sources.evidence) }),
        ],
      }),
    ],
  });
}

const levels = (doc: ReturnType<typeof document>) => {
  const a = assessCatalogue(doc, DATE).get('test-service')!;
  return [
    a.dimensions.jurisdiction.level,
    a.dimensions.data.level,
    a.dimensions.openness.level,
    a.dimensions.assurance.level,
  ];
};

describe('checked-only view', () => {
  it('is the default view when every source is checked on or before the assessment date', () => {
    const doc = document({ control: DATE, data: '2026-01-01', exit: DATE, evidence: DATE });
    expect(levels(checkedOnlyDocument(doc, DATE))).toEqual(levels(doc));
    expect(levels(doc)).toEqual([4, 4, 3, 4]);
  });

  it('counts a fact or evidence entry without a checked source as unsourced', () => {
    const doc = document({ data: DATE });
    expect(levels(checkedOnlyDocument(doc, DATE))).toEqual([0, 4, 0, 0]);
    // The default view is unchanged by the checks.
    expect(levels(doc)).toEqual([4, 4, 3, 4]);
  });

  it('ignores a check dated after the assessment date', () => {
    const doc = document({ control: '2026-12-01', data: DATE, exit: DATE, evidence: DATE });
    // Control is unchecked (J0); the checked SecNumCloud qualification still gives A4.
    expect(levels(checkedOnlyDocument(doc, DATE))).toEqual([0, 4, 3, 4]);
  });

  it('keeps every fact and source for display in the checked-only read model', () => {
    const doc = document({ data: DATE });
    const model = buildCheckedOnlyReadModel(doc, DATE, 7);
    const entry = model.serviceById.get('test-service')!;
    expect(entry.assessment.overall).toBe(0);
    expect(entry.service.exit?.exportFormats?.sources).toHaveLength(1);
    expect(entry.provider.control?.sources).toHaveLength(1);
    expect(model.version).toContain('checked');
  });
});
