import * as cheerio from 'cheerio';
import request from 'supertest';
import { createApp } from '../../src/app';
import { followCatalogue, type CatalogueFollowers } from '../../src/app-deps';
import { loadConfig } from '../../src/config';
import type { Database } from '../../src/db/database';
import { createLogger } from '../../src/logger';
import { readCatalogue, readCatalogueSnapshot } from '../../src/repositories/catalogue.repository';
import { CatalogueStore } from '../../src/services/catalogue/catalogue-store';
import { importCatalogue } from '../../src/services/catalogue/import-catalogue';
import { DatabaseHealth } from '../../src/services/health/database-health';
import { SearchService } from '../../src/services/search/search-service';
import { createTestDatabase } from '../support/db/test-database';
import { referenceCatalogue } from '../support/test-app';

const TOKEN = 'test-admin-token-0123456789abcdef0123';

/** Importing into the running app (the way to reach an embedded database the app holds). */
describe('POST /api/admin/catalogue', () => {
  let db: Database;
  let store: CatalogueStore;
  let followers: CatalogueFollowers;
  const appWith = (env: NodeJS.ProcessEnv) =>
    createApp({
      config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env }),
      logger: createLogger('silent'),
      store,
      health: new DatabaseHealth(() => db.ping()),
      search: followers.search,
      cache: followers.cache,
      importCatalogue: (input) => importCatalogue(db, input),
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    const seeded = await importCatalogue(db, referenceCatalogue());
    expect(seeded.ok).toBe(true);
    store = new CatalogueStore({ read: () => readCatalogueSnapshot(db.knex) }, () => '2026-11-28');
    await store.reload();
    followers = followCatalogue(store, (s) => SearchService.following(s));
  });
  afterAll(async () => {
    followers.close();
    await db.close();
  });

  it('does not exist unless ADMIN_TOKEN is configured', async () => {
    await request(appWith({})).post('/api/admin/catalogue').send(referenceCatalogue()).expect(404);
  });

  it('refuses a missing or wrong token and changes nothing', async () => {
    const app = appWith({ ADMIN_TOKEN: TOKEN });
    const doc = referenceCatalogue();
    doc.services[0].name = 'Should not be imported';
    await request(app).post('/api/admin/catalogue').send(doc).expect(401);
    await request(app)
      .post('/api/admin/catalogue')
      .set('Authorization', `Bearer ${TOKEN}x`)
      .send(doc)
      .expect(401);
    expect((await readCatalogue(db.knex)).services[0].name).not.toBe('Should not be imported');
  });

  it('rejects an invalid document with every error and its JSON path, changing nothing', async () => {
    const app = appWith({ ADMIN_TOKEN: TOKEN });
    const doc = referenceCatalogue();
    doc.services[2].providerId = 'no-such-provider';
    (doc.services[3] as { serviceModel: string }).serviceModel = 'mainframe';
    const res = await request(app)
      .post('/api/admin/catalogue')
      .set('Authorization', `Bearer ${TOKEN}`)
      .send(doc)
      .expect(400);
    const paths = (res.body.error.details as { parameter: string }[]).map((d) => d.parameter);
    expect(paths).toEqual(expect.arrayContaining(['/services/2/providerId', '/services/3/serviceModel']));
    expect((await readCatalogue(db.knex)).services[2].providerId).not.toBe('no-such-provider');
  });

  it('replaces the catalogue and the running app serves it at once', async () => {
    const app = appWith({ ADMIN_TOKEN: TOKEN });
    const doc = referenceCatalogue();
    const target = doc.services.find((s) => s.id === 'logius-digid') as { name: string };
    target.name = 'DigiD (imported into the running app)';
    const res = await request(app)
      .post('/api/admin/catalogue')
      .set('Authorization', `Bearer ${TOKEN}`)
      .send(doc)
      .expect(200);
    expect(res.body.counts.services).toBe(doc.services.length);
    const page = await request(app).get('/services/logius-digid').expect(200);
    expect(cheerio.load(page.text)('h1').text()).toBe('DigiD (imported into the running app)');
  });
});
