import * as cheerio from 'cheerio';
import request from 'supertest';
import { xml2js, type Element } from 'xml-js';
import type { Express } from 'express';
import { createApp } from '../../src/app';
import { followCatalogue, type CatalogueFollowers } from '../../src/app-deps';
import { SearchService } from '../../src/services/search/search-service';
import { loadConfig } from '../../src/config';
import type { Database } from '../../src/db/database';
import type { CatalogueDocument } from '../../src/domain/catalogue.types';
import { createLogger } from '../../src/logger';
import { readCatalogueSnapshot } from '../../src/repositories/catalogue.repository';
import { CatalogueStore } from '../../src/services/catalogue/catalogue-store';
import { importCatalogue } from '../../src/services/catalogue/import-catalogue';
import { DatabaseHealth } from '../../src/services/health/database-health';
import { HistoryService } from '../../src/services/history/history-service';
import { recordAssessmentDateMove } from '../../src/services/history/record-catalogue-change';
import { makeEvidence, makeFact, makeService, makeSource } from '../support/catalogue-factory';
import { createTestDatabase } from '../support/db/test-database';
import { historyDocument, levelTwoService } from '../unit/history/history-fixtures';

const TODAY = '2026-12-15';
const BASE = 'https://cloudmarkt.example';

/** Before: four services; mail-nl and files-nl at level 2, decoy never changes. */
function firstDocument(): CatalogueDocument {
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
function changedDocument(): CatalogueDocument {
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

function parseXml(text: string): Element {
  // Strict parser: malformed XML throws.
  return xml2js(text, { compact: false }) as Element;
}

function child(element: Element | undefined, name: string): Element | undefined {
  return element?.elements?.find((e) => e.name === name);
}

function children(element: Element | undefined, name: string): Element[] {
  return element?.elements?.filter((e) => e.name === name) ?? [];
}

function text(element: Element | undefined): string {
  return (element?.elements ?? []).map((e) => String(e.text ?? e.cdata ?? '')).join('');
}

describe('catalogue history, feeds and changes API', () => {
  let db: Database;
  let app: Express;
  let store: CatalogueStore;
  let history: HistoryService;
  let followers: CatalogueFollowers;

  beforeAll(async () => {
    db = await createTestDatabase();
    expect((await importCatalogue(db, firstDocument(), { assessedOn: TODAY })).ok).toBe(true);
    expect((await importCatalogue(db, changedDocument(), { assessedOn: TODAY, actor: 'test' })).ok).toBe(
      true,
    );
    store = new CatalogueStore({ read: () => readCatalogueSnapshot(db.knex) }, () => TODAY);
    await store.reload();
    history = new HistoryService(db.knex);
    followers = followCatalogue(store, (s) => SearchService.following(s), { history });
    app = createApp({
      ...followers,
      config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PUBLIC_BASE_URL: BASE }),
      logger: createLogger('silent'),
      store,
      health: new DatabaseHealth(() => db.ping()),
      history,
    });
  });
  afterAll(async () => {
    followers.close();
    await db.close();
  });

  const page = async (url: string) => cheerio.load((await request(app).get(url).expect(200)).text);
  const lines = ($: cheerio.CheerioAPI, id: string) =>
    $(`[data-test="change-item"][data-id="${id}"] [data-test="change-line"]`)
      .map((_, el) => $(el).text().replace(/\s+/g, ' ').trim())
      .get();

  it('records only what changed: one item per changed record, none for the first publication', async () => {
    const { items, total } = await history.list({ limit: 100, offset: 0 });
    const changed = items.map((i) => `${i.subjectKind}:${i.subjectId}:${i.kind}`).sort();
    expect(changed).toEqual([
      'provider:other-provider:changed',
      'service:files-nl:changed',
      'service:mail-nl:changed',
      'service:new-service:added',
      'service:old-service:removed',
    ]);
    expect(total).toBe(5);
  });

  it('the service history says what changed in plain words, with the source', async () => {
    const $ = await page('/services/mail-nl/history');
    expect($('h1').text()).toContain('Mail NL');
    expect(lines($, 'mail-nl')).toEqual([
      'Beschikbaarheid (SLA): 99,9% → 99,95% — bron: SLA 2027 (geraadpleegd 28 november 2026)',
    ]);
    expect($('[data-test="change-item"][data-id="mail-nl"] a[href="https://mail.example/sla"]').length).toBe(
      1,
    );
    expect($('[data-test="change-group"] h2').first().text()).toContain('Catalogus geïmporteerd');
    expect($('link[rel="alternate"][type="application/atom+xml"]').attr('href')).toBe(
      '/services/mail-nl.atom',
    );
  });

  it('names the removed certificate, the take-over and the levels that dropped', async () => {
    const $ = await page('/services/files-nl/history');
    const own = lines($, 'files-nl');
    expect(own).toContain('Bewijsstuk verwijderd: ISO 27001, gecertificeerd');
    expect(own).toContain('Niveau 2 → 0');
    expect(own).toContain('Zeggenschap en jurisdictie: 3 → 1');
    expect(own).toContain('Zekerheid (certificering): 2 → 0');
    // The provider's take-over is part of the service's history too.
    expect(lines($, 'other-provider')).toEqual([
      'Uiteindelijk moederbedrijf: onbekend → Global Corp (Verenigde Staten)',
      'Zeggenschap over de aanbieder: Europees (EER) gecontroleerd → EU-dochter van een niet-Europees moederbedrijf — bron: Take-over announced (geraadpleegd 28 november 2026)',
    ]);
  });

  it('keeps the history of a removed service and lists an added one', async () => {
    const $ = await page('/services/old-service/history');
    expect(lines($, 'old-service')).toEqual(['Uit de catalogus gehaald (was niveau 0)']);
    const added = await page('/services/new-service/history');
    expect(lines(added, 'new-service')).toEqual(['Opgenomen in de catalogus (niveau 0)']);
    await request(app).get('/services/never-existed/history').expect(404);
  });

  it('the provider history lists the provider and its services', async () => {
    const $ = await page('/providers/other-provider/history');
    const ids = $('[data-test="change-item"]')
      .map((_, el) => $(el).attr('data-id'))
      .get();
    expect(ids.sort()).toEqual(['files-nl', 'other-provider']);
  });

  it('/changes lists every change and filters with the /services vocabulary', async () => {
    const all = await page('/changes');
    const ids = (p: cheerio.CheerioAPI) =>
      p('[data-test="change-item"]')
        .map((_, el) => p(el).attr('data-id'))
        .get()
        .sort();
    expect(ids(all)).toEqual(['files-nl', 'mail-nl', 'new-service', 'old-service', 'other-provider']);
    expect(ids(all)).not.toContain('decoy');
    // Workplace (email) services only: the decoy and the removed old-service are email too, but only
    // changed records are listed.
    expect(ids(await page('/changes?lot=workplace'))).toEqual(['mail-nl', 'old-service']);
    // Level >= 2 before or after the change: files-nl was 2 before it dropped; new-service never was.
    expect(ids(await page('/changes?level=2'))).toEqual(['files-nl', 'mail-nl']);
    expect(ids(await page('/changes?lot=infrastructure&level=2'))).toEqual(['files-nl']);
    const one = await page('/changes?perPage=2');
    expect(one('[data-test="change-item"]').length).toBe(2);
    expect(one('[data-test="changes-count"]').text()).toContain('5');
  });

  it('/changes refuses bad and meaningless parameters with a 400 naming them', async () => {
    const bad = await request(app).get('/changes?level=9').expect(400);
    expect(bad.text).toContain('level');
    const search = await request(app).get('/changes?q=mail').expect(400);
    expect(search.text).toContain('q');
    await request(app).get('/changes.atom?sort=name').expect(400);
  });

  it('the service page says when it last changed and links its history and feed', async () => {
    const $ = await page('/services/mail-nl');
    expect($('[data-test="last-changed"]').text()).toContain('Laatst gewijzigd op');
    expect($('[data-test="history-link"]').attr('href')).toBe('/services/mail-nl/history');
    expect($('[data-test="service-feed-link"]').attr('href')).toBe('/services/mail-nl.atom');
  });

  it('list pages link the feed of their selection', async () => {
    const $ = await page('/services?lot=workplace&level=2');
    const href = $('link[rel="alternate"][type="application/atom+xml"]').attr('href');
    expect(href).toBe('/services.atom?lot=workplace&level=2');
    expect($('[data-test="feed-link"]').text()).toContain('Volg deze selectie');
    expect($('[data-test="feed-link"]').attr('href')).toBe(href);
    expect($('[data-test="selection-changes-link"]').attr('href')).toBe('/changes?lot=workplace&level=2');
  });

  it('a service feed is valid Atom with the entries and absolute links, and answers 304 when unchanged', async () => {
    const res = await request(app).get('/services/mail-nl.atom').expect(200);
    expect(res.type).toBe('application/atom+xml');
    const feed = child(parseXml(res.text), 'feed');
    expect(feed?.attributes?.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(text(child(feed, 'id'))).toBe(`${BASE}/services/mail-nl.atom`);
    expect(text(child(feed, 'title'))).toContain('Mail NL');
    expect(text(child(feed, 'updated'))).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(text(child(child(feed, 'author'), 'name'))).toBe('Cloudmarkt');
    const self = children(feed, 'link').find((l) => l.attributes?.rel === 'self');
    expect(self?.attributes?.href).toBe(`${BASE}/services/mail-nl.atom`);
    const entries = children(feed, 'entry');
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    expect(text(child(entry, 'title'))).toBe('Mail NL: Beschikbaarheid (SLA): 99,9% → 99,95%');
    expect(text(child(entry, 'id'))).toMatch(new RegExp(`^${BASE}/services/mail-nl/history#item-\\d+$`));
    expect(child(entry, 'link')?.attributes?.href).toMatch(`${BASE}/services/mail-nl/history#change-`);
    expect(text(child(entry, 'content'))).toContain('https://mail.example/sla');

    const etag = res.headers.etag as string;
    const lastModified = res.headers['last-modified'] as string;
    expect(etag).toBeTruthy();
    await request(app).get('/services/mail-nl.atom').set('If-None-Match', etag).expect(304);
    await request(app).get('/services/mail-nl.atom').set('If-Modified-Since', lastModified).expect(304);
    // Another feed has another tag.
    const other = await request(app).get('/services/files-nl.atom').expect(200);
    expect(other.headers.etag).not.toBe(etag);
    await request(app).get('/services/files-nl.atom').set('If-None-Match', etag).expect(200);
    await request(app).get('/services/no-such-service.atom').expect(404);
  });

  it('a selection feed holds the changes of that selection only', async () => {
    const res = await request(app).get('/services.atom?lot=workplace').expect(200);
    const feed = child(parseXml(res.text), 'feed');
    const titles = children(feed, 'entry').map((e) => text(child(e, 'title')));
    expect(titles.sort()).toEqual([
      'Mail NL: Beschikbaarheid (SLA): 99,9% → 99,95%',
      'Old Service: Uit de catalogus gehaald (was niveau 0)',
    ]);
    const everything = child(parseXml((await request(app).get('/changes.atom').expect(200)).text), 'feed');
    expect(children(everything, 'entry')).toHaveLength(5);
    const provider = child(
      parseXml((await request(app).get('/providers/other-provider.atom').expect(200)).text),
      'feed',
    );
    expect(children(provider, 'entry')).toHaveLength(2);
  });

  it('the API lists changes since a date with the same filters', async () => {
    const res = await request(app).get('/api/v1/changes?since=2020-01-01&lot=infrastructure').expect(200);
    expect(res.body.total).toBe(2);
    const ids = (res.body.items as { subject: { id: string } }[]).map((i) => i.subject.id).sort();
    expect(ids).toEqual(['files-nl', 'new-service']);
    const files = (
      res.body.items as { subject: { id: string }; detail: { levels: unknown }; lines: string[] }[]
    ).find((i) => i.subject.id === 'files-nl');
    expect(files?.detail.levels).toMatchObject({ before: { overall: 2 }, after: { overall: 0 } });
    expect(files?.lines).toContain('Niveau 2 → 0');
    const future = await request(app).get('/api/v1/changes?since=2999-01-01').expect(200);
    expect(future.body.total).toBe(0);
    const bad = await request(app).get('/api/v1/changes?since=yesterday').expect(400);
    expect(bad.body.error.details[0].parameter).toBe('since');
    const openapi = await request(app).get('/api/v1/openapi.json').expect(200);
    expect(openapi.body.paths['/api/v1/changes']).toBeDefined();
  });

  it('records the assessment date passing a validUntil once, with the expiry as the reason', async () => {
    const doc = (await readCatalogueSnapshot(db.knex)).document;
    const generation = store.loadedGeneration();
    expect(await recordAssessmentDateMove(db.knex, doc, generation, '2027-02-01')).toBe(true);
    // A second instance doing the same finds it recorded.
    expect(await recordAssessmentDateMove(db.knex, doc, generation, '2027-02-01')).toBe(false);
    const { items } = await history.list({
      service: { id: 'mail-nl', providerId: 'test-provider' },
      limit: 10,
      offset: 0,
    });
    expect(items[0].cause).toBe('assessment-date');
    const $ = await page('/services/mail-nl/history?perPage=10');
    expect($('[data-test="change-group"] h2').first().text()).toContain(
      'Beoordelingsdatum verschoven van 15 december 2026 naar 1 februari 2027',
    );
    expect(lines($, 'mail-nl')[0]).toBe('Niveau 2 → 1: ISO 27001 verlopen op 31 januari 2027');
  });

  it('a failed import records nothing', async () => {
    const before = await history.list({ limit: 1, offset: 0 });
    const broken = changedDocument();
    broken.services[0].providerId = 'no-such-provider';
    expect((await importCatalogue(db, broken, { assessedOn: '2027-02-01' })).ok).toBe(false);
    const after = await history.list({ limit: 1, offset: 0 });
    expect(after.total).toBe(before.total);
  });
});
