import type { Config } from './config';
import type { Logger } from './logger';
import { ResponseCache } from './services/cache/response-cache';
import type { CatalogueStore } from './services/catalogue/catalogue-store';
import type { Accounts } from './services/accounts/accounts';
import type { ImportAudit, ImportResult } from './services/catalogue/import-catalogue';
import type { DatabaseHealth } from './services/health/database-health';
import type { HistoryService } from './services/history/history-service';
import { prepareFilterIndexOnChange } from './services/listing/list-services';
import type { SearchService } from './services/search/search-service';

/**
 * Everything the app needs from outside. server.ts builds the real ones; the test app builds the
 * same ones over an in-memory catalogue (test/support/test-app.ts), both with followCatalogue().
 */
export interface AppDeps {
  config: Config;
  logger: Logger;
  store: CatalogueStore;
  health: DatabaseHealth;
  /** The search index of the store's catalogue (from followCatalogue). */
  search: SearchService;
  /** Rendered pages and API bodies of the current read model (from followCatalogue). */
  cache: ResponseCache;
  /** Imports a catalogue document into the database (for POST /api/admin/catalogue). */
  importCatalogue?: (input: unknown, audit?: ImportAudit) => Promise<ImportResult>;
  /** The catalogue's stored history (pages, feeds, API); without it only the forecast is served. */
  history?: HistoryService;
  /** Writes a backup of the database to a file (for GET /api/admin/backup). */
  backupDatabase?: (file: string) => Promise<void>;
  /** Accounts (sign-in, users, audit trail); without it there are no account pages and nobody signs in. */
  accounts?: Accounts;
}

export interface CatalogueFollowers extends Pick<AppDeps, 'search' | 'cache'> {
  /** Stops following the store (shutdown, end of a test). */
  close(): void;
}

/**
 * Everything that follows the catalogue store, and the only place that subscribes to its changes:
 * the search index (`makeSearch` decides how it is built: in the background, or at once), the
 * filter index (prepared for every new read model, so the first list request does not pay for it)
 * and the response cache (emptied for every new read model, and for every new search index, since
 * cached pages show search results or say search is not ready yet). With a history, it records the
 * assessment date moving on (midnight) and empties the cache when it did, as history pages change.
 */
export function followCatalogue(
  store: CatalogueStore,
  makeSearch: (store: CatalogueStore) => SearchService,
  options: { history?: HistoryService; onHistoryError?: (err: unknown) => void } = {},
): CatalogueFollowers {
  const search = makeSearch(store);
  const cache = new ResponseCache();
  const unfollowCache = cache.follow(store);
  const unfollowFilters = prepareFilterIndexOnChange(store);
  search.onSwap(() => cache.clear());
  const { history } = options;
  const unfollowHistory = history?.followAssessmentDate(store, options.onHistoryError ?? (() => undefined));
  const unfollowRecorded = history?.onRecorded(() => cache.clear());
  return {
    search,
    cache,
    close: () => {
      unfollowCache();
      unfollowFilters();
      unfollowHistory?.();
      unfollowRecorded?.();
      search.close();
    },
  };
}
