import request from 'supertest';
import { changeIds, changeLines as lines, historyApp, type HistoryApp } from './history-app';

describe('catalogue history: what is recorded and the pages that show it', () => {
  let t: HistoryApp;

  beforeAll(async () => {
    t = await historyApp();
  });
  afterAll(() => t.close());

  it('records only what changed: one item per changed record, none for the first publication', async () => {
    const { items, total } = await t.history.list({ limit: 100, offset: 0 });
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
    const $ = await t.page('/services/mail-nl/history');
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
    const $ = await t.page('/services/files-nl/history');
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
    const $ = await t.page('/services/old-service/history');
    expect(lines($, 'old-service')).toEqual(['Uit de catalogus gehaald (was niveau 0)']);
    const added = await t.page('/services/new-service/history');
    expect(lines(added, 'new-service')).toEqual(['Opgenomen in de catalogus (niveau 0)']);
    await request(t.app).get('/services/never-existed/history').expect(404);
  });

  it('the provider history lists the provider and its services', async () => {
    const $ = await t.page('/providers/other-provider/history');
    expect(changeIds($)).toEqual(['files-nl', 'other-provider']);
  });

  it('/changes lists every change and filters with the /services vocabulary', async () => {
    const all = await t.page('/changes');
    expect(changeIds(all)).toEqual(['files-nl', 'mail-nl', 'new-service', 'old-service', 'other-provider']);
    expect(changeIds(all)).not.toContain('decoy');
    // Workplace (email) services only: the decoy and the removed old-service are email too, but only
    // changed records are listed.
    expect(changeIds(await t.page('/changes?lot=workplace'))).toEqual(['mail-nl', 'old-service']);
    // Level >= 2 before or after the change: files-nl was 2 before it dropped; new-service never was.
    expect(changeIds(await t.page('/changes?level=2'))).toEqual(['files-nl', 'mail-nl']);
    expect(changeIds(await t.page('/changes?lot=infrastructure&level=2'))).toEqual(['files-nl']);
    const one = await t.page('/changes?perPage=2');
    expect(one('[data-test="change-item"]').length).toBe(2);
    expect(one('[data-test="changes-count"]').text()).toContain('5');
    // The count holds past the last page too (no rows to carry it).
    const past = await t.page('/changes?perPage=2&page=9');
    expect(past('[data-test="change-item"]').length).toBe(0);
    expect(past('[data-test="changes-count"]').text()).toContain('5');
    expect(
      (await t.page('/changes?lot=workplace&perPage=1&page=2'))('[data-test="changes-count"]').text(),
    ).toContain('2');
  });

  it('/changes refuses bad and meaningless parameters with a 400 naming them', async () => {
    const bad = await request(t.app).get('/changes?level=9').expect(400);
    expect(bad.text).toContain('level');
    const search = await request(t.app).get('/changes?q=mail').expect(400);
    expect(search.text).toContain('q');
    await request(t.app).get('/changes.atom?sort=name').expect(400);
  });

  it('the service page says when it last changed and links its history and feed', async () => {
    const $ = await t.page('/services/mail-nl');
    expect($('[data-test="last-changed"]').text()).toContain('Laatst gewijzigd op');
    expect($('[data-test="history-link"]').attr('href')).toBe('/services/mail-nl/history');
    expect($('[data-test="service-feed-link"]').attr('href')).toBe('/services/mail-nl.atom');
    // The decoy never changed after its first publication.
    const decoy = await t.page('/services/decoy');
    expect(decoy('[data-test="last-changed"]').text()).toContain('Nog geen wijzigingen vastgelegd');
  });

  it('list pages link the feed of their selection', async () => {
    const $ = await t.page('/services?lot=workplace&level=2');
    const href = $('link[rel="alternate"][type="application/atom+xml"]').attr('href');
    expect(href).toBe('/services.atom?lot=workplace&level=2');
    expect($('[data-test="feed-link"]').text()).toContain('Volg deze selectie');
    expect($('[data-test="feed-link"]').attr('href')).toBe(href);
    expect($('[data-test="selection-changes-link"]').attr('href')).toBe('/changes?lot=workplace&level=2');
    // A category page follows its category; /changes its own selection.
    const category = await t.page('/categories/compute');
    expect(category('link[rel="alternate"][type="application/atom+xml"]').attr('href')).toBe(
      '/services.atom?category=compute',
    );
    expect(category('[data-test="feed-link"]').text()).toContain('Volg deze selectie');
    const changes = await t.page('/changes?lot=workplace');
    expect(changes('link[rel="alternate"][type="application/atom+xml"]').attr('href')).toBe(
      '/services.atom?lot=workplace',
    );
    expect(changes('[data-test="feed-link"]').text()).toContain('Volg deze selectie');
  });
});
