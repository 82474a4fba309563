import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app';
import { followCatalogue } from '../../src/app-deps';
import { loadConfig } from '../../src/config';
import { prepareOrders } from '../../src/domain/filters';
import { createLogger } from '../../src/logger';
import { createHttpServer } from '../../src/runtime/http-server';
import { DatabaseHealth } from '../../src/services/health/database-health';
import type { HistoryService } from '../../src/services/history/history-service';
import { SearchService } from '../../src/services/search/search-service';
import { CatalogueStore, documentSource } from '../../src/services/catalogue/catalogue-store';
import { generateCatalogue } from '../generate-catalogue';

/** The benchmark's assessment date: the generated evidence is dated around it. */
export const BENCH_ASSESSMENT_DATE = '2026-11-28';

/**
 * A catalogue store over a generated marketplace-shaped catalogue (seed 42), loaded and with its sort
 * orders prepared, as the in-memory diagnostics scripts measure it (no database, no server).
 */
export async function marketplaceStore(size: number): Promise<CatalogueStore> {
  const store = new CatalogueStore(
    documentSource(generateCatalogue(size, 42, 'marketplace')),
    () => BENCH_ASSESSMENT_DATE,
  );
  await store.reload();
  await prepareOrders(store.current());
  return store;
}

/**
 * The app over `store`, wired as server.ts wires it (search index and response cache following the
 * store; no database unless a history is given), listening on a free port of 127.0.0.1 through the
 * real server's HTTP server.
 */
export async function listenInMemory(
  store: CatalogueStore,
  history?: HistoryService,
): Promise<{ server: Server; port: number }> {
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', SESSION_SECRET: 'x'.repeat(32) });
  const health = new DatabaseHealth(async () => undefined);
  const { search, cache } = followCatalogue(store, (s) => SearchService.following(s));
  const app = createApp({ config, logger: createLogger('silent'), store, health, search, cache, history });
  const server = createHttpServer(app).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { server, port: (server.address() as AddressInfo).port };
}
