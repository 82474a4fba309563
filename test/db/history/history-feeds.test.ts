import request from 'supertest';
import { BASE, child, children, historyApp, parseXml, text, type HistoryApp } from './history-app';

describe('catalogue history: Atom feeds and the changes API', () => {
  let t: HistoryApp;

  beforeAll(async () => {
    t = await historyApp();
  });
  afterAll(() => t.close());

  it('a service feed is valid Atom with the entries and absolute links, and answers 304 when unchanged', async () => {
    const res = await request(t.app).get('/services/mail-nl.atom').expect(200);
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
    await request(t.app).get('/services/mail-nl.atom').set('If-None-Match', etag).expect(304);
    await request(t.app).get('/services/mail-nl.atom').set('If-Modified-Since', lastModified).expect(304);
    // Another feed has another tag.
    const other = await request(t.app).get('/services/files-nl.atom').expect(200);
    expect(other.headers.etag).not.toBe(etag);
    await request(t.app).get('/services/files-nl.atom').set('If-None-Match', etag).expect(200);
    await request(t.app).get('/services/no-such-service.atom').expect(404);
  });

  it('a selection feed holds the changes of that selection only, and answers 304 when unchanged', async () => {
    const res = await request(t.app).get('/services.atom?lot=workplace').expect(200);
    const feed = child(parseXml(res.text), 'feed');
    const titles = children(feed, 'entry').map((e) => text(child(e, 'title')));
    expect(titles.sort()).toEqual([
      'Mail NL: Beschikbaarheid (SLA): 99,9% → 99,95%',
      'Old Service: Uit de catalogus gehaald (was niveau 0)',
    ]);
    const etag = res.headers.etag as string;
    await request(t.app).get('/services.atom?lot=workplace').set('If-None-Match', etag).expect(304);
    // Another selection is another feed.
    await request(t.app).get('/services.atom?lot=infrastructure').set('If-None-Match', etag).expect(200);
    const everything = child(parseXml((await request(t.app).get('/changes.atom').expect(200)).text), 'feed');
    expect(children(everything, 'entry')).toHaveLength(5);
    const provider = child(
      parseXml((await request(t.app).get('/providers/other-provider.atom').expect(200)).text),
      'feed',
    );
    expect(children(provider, 'entry')).toHaveLength(2);
  });

  it('the API lists changes since a date with the same filters, as its OpenAPI description says', async () => {
    const res = await request(t.app).get('/api/v1/changes?since=2020-01-01&lot=infrastructure').expect(200);
    expect(res.body.total).toBe(2);
    const ids = (res.body.items as { subject: { id: string } }[]).map((i) => i.subject.id).sort();
    expect(ids).toEqual(['files-nl', 'new-service']);
    const files = (
      res.body.items as { subject: { id: string }; detail: { levels: unknown }; lines: string[] }[]
    ).find((i) => i.subject.id === 'files-nl');
    expect(files?.detail.levels).toMatchObject({ before: { overall: 2 }, after: { overall: 0 } });
    expect(files?.lines).toContain('Niveau 2 → 0');
    const future = await request(t.app).get('/api/v1/changes?since=2999-01-01').expect(200);
    expect(future.body.total).toBe(0);
    const bad = await request(t.app).get('/api/v1/changes?since=yesterday').expect(400);
    expect(bad.body.error.details[0].parameter).toBe('since');
    const openapi = await request(t.app).get('/api/v1/openapi.json').expect(200);
    const names = (openapi.body.paths['/api/v1/changes'].get.parameters as { name: string }[]).map(
      (p) => p.name,
    );
    expect(names).toEqual(expect.arrayContaining(['since', 'lot', 'level']));
    expect(names).not.toContain('q');
  });
});
