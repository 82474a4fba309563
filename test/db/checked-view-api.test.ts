import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../src/app';
import { followCatalogue, type CatalogueFollowers } from '../../src/app-deps';
import { loadConfig } from '../../src/config';
import type { Database } from '../../src/db/database';
import { createLogger } from '../../src/logger';
import { readCatalogueSnapshot } from '../../src/repositories/catalogue.repository';
import { CatalogueStore } from '../../src/services/catalogue/catalogue-store';
import { importCatalogue } from '../../src/services/catalogue/import-catalogue';
import { DatabaseHealth } from '../../src/services/health/database-health';
import { SearchService } from '../../src/services/search/search-service';
import { CHECKED_VIEW_DATE, checkedViewDocument } from '../support/checked-view-document';
import { createTestDatabase } from '../support/db/test-database';
import { responseChecker } from '../http/api/api-test-support';

interface Summary {
  overall: number;
  jurisdiction: number | null;
  data: number | null;
  openness: number | null;
  assurance: number | null;
}
interface Item {
  id: string;
  sovereignty: Summary;
  sovereigntyCheckedOnly: Summary;
}

/** The checked-only view in the API, over a catalogue read back from the database (checkedOn stored). */
describe('the API names both views of the level', () => {
  let db: Database;
  let app: Express;
  let followers: CatalogueFollowers;
  let check: (path: string, status: number, body: unknown) => string[];

  beforeAll(async () => {
    db = await createTestDatabase();
    const imported = await importCatalogue(db, checkedViewDocument(), { assessedOn: CHECKED_VIEW_DATE });
    expect(imported.ok).toBe(true);
    const store = new CatalogueStore({ read: () => readCatalogueSnapshot(db.knex) }, () => CHECKED_VIEW_DATE);
    await store.reload();
    followers = followCatalogue(store, (s) => SearchService.following(s));
    app = createApp({
      ...followers,
      config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
      logger: createLogger('silent'),
      store,
      health: new DatabaseHealth(() => db.ping()),
    });
    check = responseChecker((await request(app).get('/api/v1/openapi.json').expect(200)).body as object);
  });
  afterAll(async () => {
    followers.close();
    await db.close();
  });

  const get = async (url: string, path: string) => {
    const res = await request(app).get(url).expect(200);
    expect(check(path, 200, res.body)).toEqual([]);
    return res.body as Record<string, unknown>;
  };

  it('gives a service its checked-only assessment next to the default one', async () => {
    const body = await get('/api/v1/services/mixed', '/api/v1/services/{id}');
    const assessment = body.assessment as { overall: number; dimensions: Record<string, { level: number }> };
    const checked = body.assessmentCheckedOnly as typeof assessment & { limitedBy: string[] };
    expect(assessment.overall).toBe(1);
    expect(checked.overall).toBe(0);
    expect(checked.limitedBy.sort()).toEqual(['assurance', 'openness']);
    const levels = (a: typeof assessment) => Object.values(a.dimensions).map((d) => d.level);
    expect(levels(assessment)).toEqual([3, 2, 1, 2]);
    expect(levels(checked)).toEqual([3, 2, 0, 0]);
    const same = await get('/api/v1/services/all-checked', '/api/v1/services/{id}');
    expect((same.assessmentCheckedOnly as { overall: number }).overall).toBe(1);
  });

  it('says which view a list uses, and gives every item both', async () => {
    const byId = (body: Record<string, unknown>) =>
      Object.fromEntries((body.items as Item[]).map((i) => [i.id, i]));
    const plain = await get('/api/v1/services', '/api/v1/services');
    expect(plain.view).toBe('default');
    expect(byId(plain).mixed.sovereignty).toEqual({
      overall: 1,
      limitedBy: ['openness'],
      jurisdiction: 3,
      data: 2,
      openness: 1,
      assurance: 2,
    });
    expect(byId(plain).mixed.sovereigntyCheckedOnly).toMatchObject({ overall: 0, openness: 0, assurance: 0 });

    const checked = await get('/api/v1/services?checked=true', '/api/v1/services');
    expect(checked.view).toBe('checked-only');
    expect(byId(checked).mixed.sovereignty).toMatchObject({ overall: 0, openness: 0, assurance: 0 });
    expect(byId(checked).mixed.sovereigntyCheckedOnly).toEqual(byId(checked).mixed.sovereignty);
    // The level filter uses the view in use: level ≥ 1 keeps only all-checked there.
    const filtered = await get('/api/v1/services?checked=true&level=1', '/api/v1/services');
    expect(Object.keys(byId(filtered))).toEqual(['all-checked']);
    expect(Object.keys(byId(await get('/api/v1/services?level=1', '/api/v1/services'))).sort()).toEqual([
      'all-checked',
      'mixed',
    ]);
  });

  it('gives the services of a provider both views too', async () => {
    const body = await get('/api/v1/providers/test-provider', '/api/v1/providers/{id}');
    const mixed = (body.services as Item[]).find((s) => s.id === 'mixed');
    expect(mixed?.sovereignty.overall).toBe(1);
    expect(mixed?.sovereigntyCheckedOnly.overall).toBe(0);
  });
});
