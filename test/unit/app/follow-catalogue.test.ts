import { followCatalogue } from '../../../src/app-deps';
import { cachedBody } from '../../../src/services/cache/response-cache';
import { SearchService } from '../../../src/services/search/search-service';
import { changingStore } from '../../support/changing-store';
import { referenceCatalogue } from '../../support/test-app';

describe('followCatalogue', () => {
  it('rebuilds the search index and empties the cache on a change, and stops doing so once closed', async () => {
    const { store, replace } = await changingStore(referenceCatalogue());
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
    const { store } = await changingStore(referenceCatalogue());
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
