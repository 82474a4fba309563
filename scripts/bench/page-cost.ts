/**
 * CPU cost of pages nobody asked for yet, measured in-process and one request at a time, so the
 * figure holds on a busy machine too (wall-clock throughput does not): builds the app over a
 * marketplace-shaped catalogue in memory (no database) and requests distinct list URLs (the
 * benchmark's rotating filter/order/page combinations), reporting CPU milliseconds per page.
 * Usage: node --import tsx scripts/bench/page-cost.ts [SERVICES=40000] [REQUESTS=300]
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/app';
import { followCatalogue } from '../../src/app-deps';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { CatalogueStore, documentSource } from '../../src/services/catalogue/catalogue-store';
import { DatabaseHealth } from '../../src/services/health/database-health';
import { SearchService } from '../../src/services/search/search-service';
import { generateCatalogue } from '../generate-catalogue';
import { combination } from './bench-urls';

function get(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ port, path, host: '127.0.0.1' }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () =>
          res.statusCode === 200 ? resolve(bytes) : reject(new Error(`${path}: ${res.statusCode}`)),
        );
      })
      .on('error', reject);
  });
}

async function main(): Promise<void> {
  const size = Number(process.argv[2] ?? 40_000);
  const requests = Number(process.argv[3] ?? 300);
  const document = generateCatalogue(size, 42, 'marketplace');
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', SESSION_SECRET: 'x'.repeat(32) });
  const store = new CatalogueStore(documentSource(document), () => '2026-11-28');
  await store.reload();
  const health = new DatabaseHealth(async () => undefined);
  // Wired as server.ts wires the real app (the search index built at once here, not in the background).
  const { search, cache } = followCatalogue(store, (s) => SearchService.following(s));
  const app = createApp({ config, logger: createLogger('silent'), store, health, search, cache });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  console.log(`${size} services, ${document.providers.length} providers`);
  for (const [label, base] of [
    ['list', '/services'],
    ['search', '/services?q=nextcloud'],
  ] as const) {
    const url = (n: number) => {
      const query = combination((n * 7919) % 40_320);
      return query ? `${base}${base.includes('?') ? '&' : '?'}${query}` : base;
    };
    for (let n = 0; n < 30; n++) await get(port, url(100_000 + n)); // warm-up (and the search index)
    const costs: number[] = [];
    let bytes = 0;
    for (let n = 0; n < requests; n++) {
      const before = process.cpuUsage();
      bytes += await get(port, url(n));
      const used = process.cpuUsage(before);
      costs.push((used.user + used.system) / 1000);
    }
    costs.sort((a, b) => a - b);
    const mean = costs.reduce((a, b) => a + b, 0) / costs.length;
    const at = (p: number) => costs[Math.min(costs.length - 1, Math.floor(p * costs.length))].toFixed(1);
    console.log(
      `${label}, ${requests} distinct URLs: CPU per page mean ${mean.toFixed(1)} ms, median ${at(0.5)}, p99 ${at(0.99)}; ` +
        `${(bytes / requests / 1024).toFixed(0)} kB a page; two idle cores would serve ~${Math.round(2000 / mean)} such pages/s`,
    );
  }
  server.close();
  process.exit(0);
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
