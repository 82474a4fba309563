import { buildSearchIndex } from '../../../src/domain/search/build-search-index';
import type { SearchIndex } from '../../../src/domain/search/search.types';
import { CatalogueStore, documentSource } from '../../../src/services/catalogue/catalogue-store';
import type { ReadModel } from '../../../src/domain/catalogue/read-model';
import { SearchService } from '../../../src/services/search/search-service';
import { changingStore } from '../../support/changing-store';
import { ASSESSED_ON, document, service } from './search.factories';

function countingBuilder(): { build: (model: ReadModel) => SearchIndex; builds: () => number } {
  let builds = 0;
  return {
    build: (model) => {
      builds += 1;
      return buildSearchIndex(model);
    },
    builds: () => builds,
  };
}

/** The catalogue before a change ("Oude dienst") and a fresh one after it ("Nieuwe dienst"). */
const OLD = document([service('alpha', { name: 'Oude dienst' })]);
const NEW = () => document([service('beta', { name: 'Nieuwe dienst' })]);

describe('SearchService', () => {
  it('builds once at start-up, not per search', async () => {
    const store = new CatalogueStore(documentSource(document([service('alpha')])), () => ASSESSED_ON);
    await store.reload();
    const counter = countingBuilder();
    const search = SearchService.following(store, counter.build);
    for (let i = 0; i < 5; i++) search.search(store.current(), 'alpha');
    expect(counter.builds()).toBe(1);
    search.close();
  });

  it('rebuilds and swaps the index when the catalogue changes', async () => {
    const { store, replace } = await changingStore(OLD, ASSESSED_ON);
    const counter = countingBuilder();
    const search = SearchService.following(store, counter.build);
    expect(search.search(store.current(), 'nieuwe')).toMatchObject({ ok: true, relevance: new Map() });

    await replace(NEW());

    expect(counter.builds()).toBe(2);
    const outcome = search.search(store.current(), 'nieuwe');
    expect(outcome.ok && [...outcome.relevance.keys()]).toEqual(['beta']);
    search.close();
  });

  it('serves a request that took its model just before a swap from the previous index, without a rebuild', async () => {
    const { store, replace } = await changingStore(OLD, ASSESSED_ON);
    const counter = countingBuilder();
    const search = SearchService.following(store, counter.build);
    const before = store.current();
    await replace(NEW());

    const old = search.search(before, 'oude');
    expect(old.ok && [...old.relevance.keys()]).toEqual(['alpha']);
    const fresh = search.search(store.current(), 'nieuwe');
    expect(fresh.ok && [...fresh.relevance.keys()]).toEqual(['beta']);
    expect(counter.builds()).toBe(2);
    search.close();
  });

  it('releases the previous index after a grace period and never swaps an older catalogue back', async () => {
    jest.useFakeTimers();
    try {
      const { store, replace } = await changingStore(OLD, ASSESSED_ON);
      const counter = countingBuilder();
      const search = SearchService.following(store, counter.build);
      const before = store.current();
      await replace(NEW());
      jest.advanceTimersByTime(10 * 60_000);

      // The old model now gets the newest index: no rebuild, no swap back.
      const outcome = search.search(before, 'nieuwe');
      expect(outcome.ok && [...outcome.relevance.keys()]).toEqual(['beta']);
      expect(counter.builds()).toBe(2);
      const fresh = search.search(store.current(), 'nieuwe');
      expect(fresh.ok && [...fresh.relevance.keys()]).toEqual(['beta']);
      expect(counter.builds()).toBe(2);
      search.close();
    } finally {
      jest.useRealTimers();
    }
  });

  it('keeps the index when only the assessment date moves', async () => {
    let today = ASSESSED_ON;
    const store = new CatalogueStore(documentSource(document([service('alpha')])), () => today);
    await store.reload();
    const counter = countingBuilder();
    const search = SearchService.following(store, counter.build);
    today = '2026-06-16';
    const model = store.current();
    expect(model.assessedOn).toBe('2026-06-16');
    expect(search.search(model, 'alpha').ok).toBe(true);
    expect(counter.builds()).toBe(1);
    search.close();
  });

  it('stops following the store when closed', async () => {
    const { store, replace } = await changingStore(OLD, ASSESSED_ON);
    const counter = countingBuilder();
    const search = SearchService.following(store, counter.build);
    search.close();
    await replace(NEW());
    expect(counter.builds()).toBe(1);
  });
});
