import { followCatalogue } from '../../../src/app-deps';
import type { CatalogueDocument } from '../../../src/domain/catalogue.types';
import { cachedBody } from '../../../src/services/cache/response-cache';
import { CatalogueStore } from '../../../src/services/catalogue/catalogue-store';
import { SearchService } from '../../../src/services/search/search-service';
import { referenceCatalogue } from '../../support/test-app';

/** A store over a catalogue the test replaces (each replacement is a new generation). */
async function changingStore() {
  let current = { document: referenceCatalogue(), generation: 1 };
  const store = new CatalogueStore({ read: async () => current }, () => '2026-11-28');
  await store.reload();
  const replace = async (document: CatalogueDocument) => {
    current = { document, generation: current.generation + 1 };
    await store.reload();
  };
  return { store, replace };
}

describe('followCatalogue', () => {
  it('rebuilds the search index and empties the cache on a change, and stops doing so once closed', async () => {
    const { store, replace } = await changingStore();
    const followers = followCatalogue(store, (s) => SearchService.following(s));
    const swaps = jest.fn();
    followers.search.onSwap(swaps);

    followers.cache.set('page', cachedBody('<p>before</p>'));
    await replace(referenceCatalogue());
    expect(swaps).toHaveBeenCalledTimes(1);
    expect(followers.cache.get('page')).toBeUndefined();

    followers.close();
    followers.cache.set('page', cachedBody('<p>kept</p>'));
    await replace(referenceCatalogue());
    expect(swaps).toHaveBeenCalledTimes(1);
    expect(followers.cache.get('page')).toBeDefined();
  });

  it('drops a background search build that ends after close', async () => {
    const { store } = await changingStore();
    let finish: () => void = () => undefined;
    const followers = followCatalogue(store, (s) =>
      SearchService.followingInBackground(s, undefined, async (model) => {
        await new Promise<void>((resolve) => (finish = resolve));
        return new SearchService().update(model);
      }),
    );
    followers.close();
    finish();
    await new Promise((resolve) => setImmediate(resolve));
    expect(followers.search.isReady()).toBe(false);
  });
});
