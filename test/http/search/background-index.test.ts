import * as cheerio from 'cheerio';
import request from 'supertest';
import { buildSearchIndexInSteps } from '../../../src/domain/search/build-search-index';
import { SearchService } from '../../../src/services/search/search-service';
import { createTestApp } from '../../support/test-app';

/**
 * As the server runs it: the index is built in the background after start-up. Until it is there,
 * search says it is being prepared (page) or 503 (API) — never a stale or empty "no results" — and
 * the pages cached meanwhile are dropped once the index is swapped in.
 */
describe('search index built in the background', () => {
  it('answers "being prepared" until the index is built, then real results', async () => {
    let built!: () => void;
    const ready = new Promise<void>((resolve) => (built = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { app } = await createTestApp({
      search: (store) =>
        SearchService.followingInBackground(
          store,
          () => built(),
          async (model) => {
            await gate; // holds the build back until the test has seen the "not ready" answers
            return buildSearchIndexInSteps(model);
          },
        ),
    });

    const early = await request(app).get('/services?q=nextcloud').expect(200);
    expect(cheerio.load(early.text)('body').text()).toContain('De zoekfunctie wordt nog voorbereid');
    await request(app).get('/api/v1/services?q=nextcloud').expect(503);

    release();
    await ready;
    const later = await request(app).get('/services?q=nextcloud').expect(200);
    const $ = cheerio.load(later.text);
    expect($('body').text()).not.toContain('De zoekfunctie wordt nog voorbereid');
    const names = $('[data-test=service-link]')
      .map((_i, a) => $(a).text())
      .get();
    expect(names.some((n) => n.includes('Nextcloud'))).toBe(true);
    const api = await request(app).get('/api/v1/services?q=nextcloud').expect(200);
    expect(api.body.items.some((i: { id: string }) => i.id === 'nextcloud-hub')).toBe(true);
  });
});
