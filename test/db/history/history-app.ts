import * as cheerio from 'cheerio';
import request from 'supertest';
import { xml2js, type Element } from 'xml-js';
import type { Express } from 'express';
import { createApp } from '../../../src/app';
import { followCatalogue, type CatalogueFollowers } from '../../../src/app-deps';
import { SearchService } from '../../../src/services/search/search-service';
import { loadConfig } from '../../../src/config';
import type { Database } from '../../../src/db/database';
import type { CatalogueDocument } from '../../../src/domain/catalogue.types';
import { createLogger } from '../../../src/logger';
import { readCatalogueSnapshot } from '../../../src/repositories/catalogue.repository';
import { CatalogueStore } from '../../../src/services/catalogue/catalogue-store';
import { importCatalogue } from '../../../src/services/catalogue/import-catalogue';
import { DatabaseHealth } from '../../../src/services/health/database-health';
import { HistoryService } from '../../../src/services/history/history-service';
import { makeEvidence, makeFact, makeService, makeSource } from '../../support/catalogue-factory';
import { createTestDatabase } from '../../support/db/test-database';
import { historyDocument, levelTwoService } from '../../unit/history/history-fixtures';

export const TODAY = '2026-12-15';
export const BASE = 'https://cloudmarkt.example';

/** Before: four services; mail-nl and files-nl at level 2, decoy never changes. */
export function firstDocument(): CatalogueDocument {
  return historyDocument([
    levelTwoService(),
    makeService({
      id: 'files-nl',
      name: 'Files NL',
      providerId: 'other-provider',
      categories: ['compute'],
      data: { locations: makeFact(['DE']) },
      exit: { exportFormats: makeFact(['zip']), dataActSwitching: makeFact(true) },
      evidence: [makeEvidence({ scheme: 'ISO27001' })],
    }),
    makeService({ id: 'old-service', name: 'Old Service', categories: ['email'] }),
    makeService({ id: 'decoy', name: 'Decoy', categories: ['email'] }),
  ]);
}

/** After: one SLA changed, one certificate removed, one service added, one removed, one provider taken over. */
export function changedDocument(): CatalogueDocument {
  const doc = firstDocument();
  const mail = doc.services[0];
  mail.contract = {
    slaAvailabilityPct: makeFact(99.95, {
      sources: [makeSource({ url: 'https://mail.example/sla', title: 'SLA 2027' })],
    }),
  };
  doc.services[1].evidence = [];
  doc.services.splice(2, 1);
  doc.services.push(makeService({ id: 'new-service', name: 'New Service', categories: ['compute'] }));
  doc.providers[1] = {
    ...doc.providers[1],
    ultimateParent: { name: 'Global Corp', country: 'US' },
    control: makeFact('eu-subsidiary-of-non-eu-parent', {
      sources: [makeSource({ url: 'https://news.example/takeover', title: 'Take-over announced' })],
    }),
  };
  return doc;
}

export function parseXml(text: string): Element {
  // Strict parser: malformed XML throws.
  return xml2js(text, { compact: false }) as Element;
}

export function child(element: Element | undefined, name: string): Element | undefined {
  return element?.elements?.find((e) => e.name === name);
}

export function children(element: Element | undefined, name: string): Element[] {
  return element?.elements?.filter((e) => e.name === name) ?? [];
}

export function text(element: Element | undefined): string {
  return (element?.elements ?? []).map((e) => String(e.text ?? e.cdata ?? '')).join('');
}

export interface HistoryApp {
  db: Database;
  app: Express;
  store: CatalogueStore;
  history: HistoryService;
  /** Fetches a page, expects 200 and parses it. */
  page(url: string): Promise<cheerio.CheerioAPI>;
  close(): Promise<void>;
}

/**
 * A database holding the first document, then the changed one (two imports, so one recorded change
 * with items), and the app over it as server.ts builds it: a store reading the database, followed
 * by the history. `date` is the store's assessment date (today by default), read on every request.
 */
export async function historyApp(date: () => string = () => TODAY): Promise<HistoryApp> {
  const db = await createTestDatabase();
  expect((await importCatalogue(db, firstDocument(), { assessedOn: TODAY })).ok).toBe(true);
  expect((await importCatalogue(db, changedDocument(), { assessedOn: TODAY, actor: 'test' })).ok).toBe(true);
  const store = new CatalogueStore({ read: () => readCatalogueSnapshot(db.knex) }, date);
  await store.reload();
  const history = new HistoryService(db.knex);
  const followers: CatalogueFollowers = followCatalogue(store, (s) => SearchService.following(s), {
    history,
  });
  const app = createApp({
    ...followers,
    config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PUBLIC_BASE_URL: BASE }),
    logger: createLogger('silent'),
    store,
    health: new DatabaseHealth(() => db.ping()),
    history,
  });
  return {
    db,
    app,
    store,
    history,
    page: async (url) => cheerio.load((await request(app).get(url).expect(200)).text),
    close: async () => {
      followers.close();
      await db.close();
    },
  };
}

/** The plain-text lines of one record's item(s) on a history page. */
export function changeLines($: cheerio.CheerioAPI, id: string): string[] {
  return $(`[data-test="change-item"][data-id="${id}"] [data-test="change-line"]`)
    .map((_, el) => $(el).text().replace(/\s+/g, ' ').trim())
    .get();
}

/** The ids of the listed change items, sorted. */
export function changeIds($: cheerio.CheerioAPI): string[] {
  return $('[data-test="change-item"]')
    .map((_, el) => $(el).attr('data-id'))
    .get()
    .sort();
}
