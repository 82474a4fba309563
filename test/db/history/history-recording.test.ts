import request from 'supertest';
import type { CatalogueDocument } from '../../../src/domain/catalogue.types';
import { CatalogueStore, documentSource } from '../../../src/services/catalogue/catalogue-store';
import { importCatalogue } from '../../../src/services/catalogue/import-catalogue';
import type { HistoryService } from '../../../src/services/history/history-service';
import { recordAssessmentDateMove } from '../../../src/services/history/record-catalogue-change';
import { makeFact } from '../../support/catalogue-factory';
import {
  TODAY,
  changedDocument,
  changeLines as lines,
  firstDocument,
  historyApp,
  type HistoryApp,
} from './history-app';

/** Resolves once `condition` holds, re-checking after every change the history records. */
async function recordedUntil(history: HistoryService, condition: () => Promise<boolean>): Promise<void> {
  for (;;) {
    // Subscribed before checking, so a change recorded in between is not missed.
    const next = new Promise<void>((resolve) => {
      const off = history.onRecorded(() => {
        off();
        resolve();
      });
    });
    if (await condition()) return;
    await next;
  }
}

/** The change items the newest recorded change holds (an import without items holds none). */
async function newestItems(t: HistoryApp): Promise<string[]> {
  const { items } = await t.history.list({ limit: 100, offset: 0 });
  const newest = Math.max(...items.map((i) => i.changeId));
  return items.filter((i) => i.changeId === newest).map((i) => `${i.subjectId}:${i.kind}`);
}

describe('catalogue history: recording', () => {
  let t: HistoryApp;
  let date = TODAY;

  beforeAll(async () => {
    t = await historyApp(() => date);
  });
  afterAll(() => t.close());

  it('records the read model passing midnight across a validUntil once, with the expiry as the reason', async () => {
    date = '2027-02-01';
    // The first request after midnight re-assesses the catalogue; the history follows the store.
    await request(t.app).get('/services').expect(200);
    const mailHistory = () =>
      t.history.list({ service: { id: 'mail-nl', providerId: 'test-provider' }, limit: 10, offset: 0 });
    await recordedUntil(t.history, async () => (await mailHistory()).items[0]?.cause === 'assessment-date');
    // A second instance doing the same finds it recorded.
    const { document } = t.store.current();
    expect(await recordAssessmentDateMove(t.db.knex, document, t.store.loadedGeneration(), date)).toBe(false);
    expect((await mailHistory()).items.filter((i) => i.cause === 'assessment-date')).toHaveLength(1);
    const $ = await t.page('/services/mail-nl/history?perPage=10');
    expect($('[data-test="change-group"] h2').first().text()).toContain(
      'Beoordelingsdatum verschoven van 15 december 2026 naar 1 februari 2027',
    );
    expect(lines($, 'mail-nl')[0]).toBe('Niveau 2 → 1: ISO 27001 verlopen op 31 januari 2027');
  });

  it('a failed import records nothing', async () => {
    const before = await t.history.list({ limit: 1, offset: 0 });
    const broken = changedDocument();
    broken.services[0].providerId = 'no-such-provider';
    expect((await importCatalogue(t.db, broken, { assessedOn: date })).ok).toBe(false);
    const after = await t.history.list({ limit: 1, offset: 0 });
    expect(after.total).toBe(before.total);
  });

  describe('starting from the catalogue the process holds', () => {
    /** A store holding `document` as generation `generation`, whatever the database holds. */
    const holding = async (document: CatalogueDocument, generation: number) => {
      const store = new CatalogueStore(documentSource(document, generation), () => date);
      await store.reload();
      return () => store.held();
    };
    /** The published catalogue with one more change: the decoy's SLA. */
    const nextDocument = (): CatalogueDocument => {
      const doc = changedDocument();
      const decoy = doc.services.find((s) => s.id === 'decoy');
      if (decoy) decoy.contract = { slaAvailabilityPct: makeFact(99.5) };
      return doc;
    };

    it('uses it when it is the published generation', async () => {
      // Deliberately not what the database holds, to see which one the change starts from.
      const held = await holding(firstDocument(), t.store.loadedGeneration());
      expect((await importCatalogue(t.db, nextDocument(), { assessedOn: date, held })).ok).toBe(true);
      expect(await newestItems(t)).toContain('old-service:removed');
      await t.store.reload();
    });

    it('reads the published catalogue back when the held one is of an older generation', async () => {
      const held = await holding(firstDocument(), t.store.loadedGeneration() - 1);
      const doc = nextDocument();
      doc.services = doc.services.filter((s) => s.id !== 'decoy');
      expect((await importCatalogue(t.db, doc, { assessedOn: date, held })).ok).toBe(true);
      expect(await newestItems(t)).toEqual(['decoy:removed']);
    });
  });
});
