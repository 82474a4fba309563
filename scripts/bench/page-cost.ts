/**
 * CPU cost of pages nobody asked for yet, measured in-process and one request at a time, so the
 * figure holds on a busy machine too (wall-clock throughput does not): builds the app over a
 * marketplace-shaped catalogue in memory (no database) and requests distinct list URLs (the
 * benchmark's rotating filter/order/page combinations), reporting CPU milliseconds per page.
 * With `changes`, also uncached /changes pages over the benchmark's embedded database (history of a
 * second import with 5% of the services changed): every request then reads the database.
 * Usage: node --import tsx scripts/bench/page-cost.ts [SERVICES=40000] [REQUESTS=300] [changes]
 * PAGE_COST_SLOWEST=n also prints the n costliest URLs of each row (what makes the tail).
 * PAGE_COST_PROF=dir writes a CPU profile of each row's measured requests only (no start-up) there;
 * PAGE_COST_ALLOC=dir a sampling heap profile of everything they allocate (garbage included).
 */
import fs from 'node:fs';
import http from 'node:http';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { CatalogueStore, documentSource } from '../../src/services/catalogue/catalogue-store';
import { prepareOrders } from '../../src/domain/filters';
import { generateCatalogue } from '../generate-catalogue';
import { createDatabase } from '../../src/db/database';
import { HistoryService } from '../../src/services/history/history-service';
import { benchUrls, combination } from './bench-urls';
import { listenInMemory } from './marketplace-store';
import { prepareDatabase } from './prepare-database';

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
  const withChanges = process.argv[4] === 'changes';
  const document = generateCatalogue(size, 42, 'marketplace');
  const store = new CatalogueStore(documentSource(document), () => '2026-11-28');
  await store.reload();
  // With `changes`: the benchmark's database (two imports, the second with 5% changed) for /changes.
  const prepared = withChanges ? await prepareDatabase(document) : undefined;
  const db = prepared && (await createDatabase({ pgliteDir: path.join(prepared.dir, 'pglite') }));
  const history = db && new HistoryService(db.knex);
  // Wired as server.ts wires the real app (the search index built at once here, not in the background).
  const { server, port } = await listenInMemory(store, history);
  // The sort orders are prepared in the background after start-up; measured pages must not pay for it.
  await prepareOrders(store.current());
  console.log(`${size} services, ${document.providers.length} providers`);
  const rotating = (base: string) => (n: number) => {
    const query = combination((n * 7919) % 40_320);
    return query ? `${base}${base.includes('?') ? '&' : '?'}${query}` : base;
  };
  const rows: [string, (n: number) => string][] = [
    ['list', rotating('/services')],
    ['search', rotating('/services?q=nextcloud')],
  ];
  if (history) {
    // The benchmark's rotation of /changes selections (filters and pages, no order); warm-up first.
    const changes = benchUrls(document).find((u) => u.label === 'changes, uncached')?.vary as () => string;
    rows.push(['changes', () => changes()]);
  }
  for (const [label, url] of rows) {
    for (let n = 0; n < 30; n++) await get(port, url(100_000 + n)); // warm-up (and the search index)
    const costs: number[] = [];
    const byUrl: [number, string][] = [];
    let bytes = 0;
    const profileDir = process.env.PAGE_COST_PROF;
    const allocDir = process.env.PAGE_COST_ALLOC;
    const session = profileDir || allocDir ? new Session() : undefined;
    session?.connect();
    if (session && profileDir) {
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    if (session && allocDir) {
      await session.post('HeapProfiler.enable');
      await session.post('HeapProfiler.startSampling', {
        samplingInterval: 4096,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
    }
    for (let n = 0; n < requests; n++) {
      const path = url(n);
      const before = process.cpuUsage();
      bytes += await get(port, path);
      const used = process.cpuUsage(before);
      costs.push((used.user + used.system) / 1000);
      byUrl.push([costs[costs.length - 1], path]);
    }
    if (session && profileDir) {
      const { profile } = await session.post('Profiler.stop');
      fs.mkdirSync(profileDir, { recursive: true });
      fs.writeFileSync(path.join(profileDir, `${label}.cpuprofile`), JSON.stringify(profile));
    }
    if (session && allocDir) {
      const { profile } = await session.post('HeapProfiler.stopSampling');
      fs.mkdirSync(allocDir, { recursive: true });
      fs.writeFileSync(path.join(allocDir, `${label}.heapprofile`), JSON.stringify(profile));
    }
    session?.disconnect();
    costs.sort((a, b) => a - b);
    const slowest = Number(process.env.PAGE_COST_SLOWEST ?? 0);
    byUrl.sort((a, b) => b[0] - a[0]);
    for (const [ms, path] of byUrl.slice(0, slowest)) console.log(`  ${ms.toFixed(1)} ms ${path}`);
    const mean = costs.reduce((a, b) => a + b, 0) / costs.length;
    const at = (p: number) => costs[Math.min(costs.length - 1, Math.floor(p * costs.length))].toFixed(1);
    console.log(
      `${label}, ${requests} distinct URLs: CPU per page mean ${mean.toFixed(1)} ms, median ${at(0.5)}, p99 ${at(0.99)}; ` +
        `${(bytes / requests / 1024).toFixed(0)} kB a page; two idle cores would serve ~${Math.round(2000 / mean)} such pages/s`,
    );
  }
  server.close();
  await db?.close();
  if (prepared) fs.rmSync(prepared.dir, { recursive: true, force: true });
  process.exit(0);
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
