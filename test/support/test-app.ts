import fs from 'node:fs';
import path from 'node:path';
import type { Express } from 'express';
import { createApp } from '../../src/app';
import { followCatalogue } from '../../src/app-deps';
import { loadConfig, type Config } from '../../src/config';
import type { CatalogueDocument } from '../../src/domain/catalogue.types';
import { createLogger, type Logger } from '../../src/logger';
import { CatalogueStore, documentSource } from '../../src/services/catalogue/catalogue-store';
import type { ResponseCache } from '../../src/services/cache/response-cache';
import { SearchService } from '../../src/services/search/search-service';
import { DatabaseHealth } from '../../src/services/health/database-health';

import { REFERENCE_ASSESSMENT_DATE } from './catalogue-factory';

export { REFERENCE_ASSESSMENT_DATE };

/** The reference catalogue shipped in seeds/data (a fresh copy per call, safe to modify). */
export function referenceCatalogue(): CatalogueDocument {
  const file = path.join(__dirname, '..', '..', 'seeds', 'data', 'catalogue.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as CatalogueDocument;
}

export interface TestApp {
  app: Express;
  store: CatalogueStore;
  health: DatabaseHealth;
  config: Config;
  /** The app's response cache (pages and API bodies). */
  cache: ResponseCache;
  /** Makes the fake database ping fail (true) or succeed (false) from now on. */
  setDatabaseDown(down: boolean): void;
  /** Stops following the store (search, cache, filter index) and the health timer; idempotent. */
  close(): void;
}

/** Apps made in this test file and not closed yet (see closeTestApps). */
const openApps = new Set<TestApp>();

/**
 * Closes every test app made in this test file. Registered as an `afterAll` of each test file that
 * imports this module (jest gives each file its own module registry), so a file that builds apps
 * inline does not leave their store subscriptions and timers behind for the worker.
 */
export function closeTestApps(): void {
  for (const t of openApps) t.close();
}

if (typeof afterAll === 'function') afterAll(closeTestApps);

/**
 * The real app over an in-memory catalogue (no database): for page and API tests that are about
 * HTTP behaviour. Tests of persistence use test/support/db instead.
 */
export async function createTestApp(
  options: {
    document?: CatalogueDocument;
    assessedOn?: string;
    env?: NodeJS.ProcessEnv;
    /** Makes the app's search service from the store; by default one built at once (server.ts builds it in the background). */
    search?: (store: CatalogueStore) => SearchService;
    /** Instead of the silent logger made from the config (e.g. one writing to a test stream). */
    logger?: Logger;
  } = {},
): Promise<TestApp> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...options.env });
  const logger = options.logger ?? createLogger(config.logLevel);
  const assessedOn = options.assessedOn ?? REFERENCE_ASSESSMENT_DATE;
  const store = new CatalogueStore(
    documentSource(options.document ?? referenceCatalogue()),
    () => assessedOn,
  );
  await store.reload();
  let down = false;
  const health = new DatabaseHealth(async () => {
    if (down) throw new Error('database down (test)');
  });
  // Wired as server.ts wires the real app, over an in-memory catalogue and a fake database ping.
  const followers = followCatalogue(store, options.search ?? ((s) => SearchService.following(s)));
  const { search, cache } = followers;
  const app = createApp({ config, logger, store, health, search, cache });
  const t: TestApp = {
    app,
    store,
    health,
    config,
    cache,
    setDatabaseDown: (value) => {
      down = value;
      void health.check();
    },
    close: () => {
      if (!openApps.delete(t)) return;
      followers.close();
      health.stop();
    },
  };
  openApps.add(t);
  return t;
}
