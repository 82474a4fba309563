import { addDays, forecastExpiries } from '../../../src/domain/history/forecast';
import { diffAssessmentDates, type Generation } from '../../../src/domain/history/diff-catalogue';
import { assessCatalogue } from '../../../src/domain/sovereignty/assess-catalogue';
import { buildReadModel } from '../../../src/domain/catalogue/read-model';
import { upcomingChanges } from '../../../src/services/history/upcoming-changes';
import { makeEvidence, makeFact, makeService } from '../../support/catalogue-factory';
import { historyDocument, levelTwoService } from './history-fixtures';

const generation = (doc: ReturnType<typeof historyDocument>, assessedOn: string): Generation => ({
  document: doc,
  assessments: assessCatalogue(doc, assessedOn),
  assessedOn,
});

describe('forecast of expiring evidence', () => {
  it('names the drop before the assessment date crosses validUntil, and the model then drops as forecast', () => {
    const doc = historyDocument();
    const before = buildReadModel(doc, '2026-12-15');
    expect(before.serviceById.get('mail-nl')?.assessment.overall).toBe(2);

    const [drop, ...others] = upcomingChanges(before, 90);
    expect(others).toEqual([]);
    expect(drop).toMatchObject({
      on: '2027-02-01',
      serviceId: 'mail-nl',
      expiring: [{ scheme: 'ISO27001', validUntil: '2027-01-31' }],
      before: { overall: 2 },
      after: { overall: 1 },
      dimensions: [{ dimension: 'assurance', before: 2, after: 1 }],
    });

    // The certificate still counts on its last day, and not the day after: exactly as forecast.
    expect(buildReadModel(doc, '2027-01-31').serviceById.get('mail-nl')?.assessment.overall).toBe(2);
    const after = buildReadModel(doc, drop.on);
    expect(after.serviceById.get('mail-nl')?.assessment.overall).toBe(drop.after.overall);
    // Once the date has passed, nothing is forecast any more.
    expect(upcomingChanges(after, 90)).toEqual([]);
  });

  it('looks only as far ahead as the window', () => {
    const doc = historyDocument();
    expect(forecastExpiries(doc, '2026-12-15', 30)).toEqual([]);
    expect(forecastExpiries(doc, '2026-12-15', 48)).toHaveLength(1);
    expect(forecastExpiries(doc, '2026-12-15', 47)).toEqual([]);
  });

  it('lists an expiry that leaves the level as it is, and ignores evidence that does not count now', () => {
    const doc = historyDocument([
      levelTwoService({
        evidence: [
          makeEvidence({ scheme: 'ISO27001' }),
          makeEvidence({ scheme: 'ISO9001', validUntil: '2027-01-10' }),
          makeEvidence({ scheme: 'C5', validUntil: '2027-01-20', sources: [] }),
        ],
      }),
    ]);
    const changes = forecastExpiries(doc, '2026-12-15', 90);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ on: '2027-01-11', expiring: [{ scheme: 'ISO9001' }], dimensions: [] });
    expect(changes[0].before.overall).toBe(changes[0].after.overall);
  });

  it('follows the supply chain: a service running on one that loses its qualification is listed too', () => {
    const base = makeService({
      id: 'sovereign-iaas',
      name: 'Sovereign IaaS',
      providerId: 'other-provider',
      categories: ['compute'],
      data: { locations: makeFact(['FR']) },
      evidence: [makeEvidence({ scheme: 'SecNumCloud', status: 'qualified', validUntil: '2027-01-05' })],
    });
    const onTop = levelTwoService({ runsOn: ['sovereign-iaas'] });
    const doc = historyDocument([onTop, base]);
    doc.providers[1].control = makeFact('european-non-eea');
    const changes = forecastExpiries(doc, '2026-12-15', 90).filter((c) => c.on === '2027-01-06');
    const affected = changes.find((c) => c.serviceId === 'mail-nl');
    expect(changes.map((c) => c.serviceId).sort()).toEqual(['mail-nl', 'sovereign-iaas']);
    expect(affected).toMatchObject({ expiring: [], via: ['sovereign-iaas'] });
    const jurisdiction = affected?.dimensions.find((d) => d.dimension === 'jurisdiction');
    expect(jurisdiction).toEqual({ dimension: 'jurisdiction', before: 3, after: 2 });
  });

  it('records what the date move did: the expired certificate and the level it took', () => {
    const doc = historyDocument();
    const items = diffAssessmentDates(
      generation(doc, '2027-01-31'),
      generation(doc, addDays('2027-01-31', 1)),
    );
    expect(items).toHaveLength(1);
    expect(items[0].detail.expired).toEqual([{ scheme: 'ISO27001', validUntil: '2027-01-31' }]);
    expect(items[0].detail.levels?.before?.overall).toBe(2);
    expect(items[0].detail.levels?.after?.overall).toBe(1);
    expect(diffAssessmentDates(generation(doc, '2027-01-10'), generation(doc, '2027-01-11'))).toEqual([]);
  });
});
