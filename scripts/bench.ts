import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchUrls, FILTERED_LIST } from './bench/bench-urls';
import { drive } from './bench/load';
import { prepareDatabase } from './bench/prepare-database';
import { checkTargets, formatTable, type Row, type SizeFigures } from './bench/report';
import { startBenchServer, waitForSearchIndex } from './bench/server-process';
import { generateCatalogue, PROVIDER_SHAPES, type ProviderShape } from './generate-catalogue';

/**
 * `npm run bench`: for each catalogue size, generate a synthetic catalogue, import it into a fresh
 * embedded database (timed), start the real server on it (timed to ready), drive each URL with
 * autocannon and print one table against the static baseline (measured first and again last; the
 * higher of the two counts). A script, not a test: it prints.
 * The catalogues are shaped like a real marketplace by default (one supplier per six services;
 * BENCH_PROVIDERS=reference spreads them over the ~36 reference providers instead).
 * Env: BENCH_SIZES=1000,10000,40000  BENCH_SECONDS=10  BENCH_CONNECTIONS=50  BENCH_PROF=<dir> (CPU
 * profile of the server)  BENCH_OUT=<file.json> (raw figures)  BENCH_MEMORY_LOG=1 (the server's memory
 * every second)  BENCH_HEAP_PROMOTED=<file> (what reaches the old generation)  BENCH_NODE_ARGS /
 * BENCH_NODE_OPTIONS (V8 flags)  HEAP_GROWING_PERCENT (passed to the server)  BENCH_ONLY=<labels> (only the
 * rows whose label starts with one of these, `|`-separated; the static baseline always runs first).
 */
async function main(): Promise<void> {
  const sizes = (process.env.BENCH_SIZES ?? '1000,10000,40000').split(',').map(Number);
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
  const shape = (process.env.BENCH_PROVIDERS ?? 'marketplace') as ProviderShape;
  if (!PROVIDER_SHAPES.includes(shape)) throw new Error(`BENCH_PROVIDERS: ${PROVIDER_SHAPES.join(' or ')}`);
  console.log(
    `cloudmarkt benchmark: ${sizes.join(', ')} services (${shape} providers); ${connections} connections, ${seconds} s per URL; ` +
      `${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(1)}`,
  );
  const rows: Row[] = [];
  const figures: SizeFigures[] = [];
  for (const size of sizes) {
    const doc = generateCatalogue(size, 42, shape);
    const { dir, importMs } = await prepareDatabase(doc);
    console.log(`${size}: ${doc.providers.length} providers; imported in ${(importMs / 1000).toFixed(1)} s`);
    const server = await startBenchServer(path.join(dir, 'pglite'), FILTERED_LIST);
    try {
      console.log(
        `${size}: ready in ${(server.readyMs / 1000).toFixed(1)} s (start() ${(server.startupMs / 1000).toFixed(1)} s); memory when ready ${JSON.stringify(server.readyMemory)} MB`,
      );
      const waitStarted = performance.now();
      await waitForSearchIndex(server.port);
      const searchReadyMs = server.readyMs + (performance.now() - waitStarted);
      console.log(
        `${size}: search index ready ${(searchReadyMs / 1000).toFixed(1)} s after spawning the server`,
      );
      let staticRps = 0;
      const readyRssMb = server.memory().rssMb;
      server.sampledPeakMb();
      const only = process.env.BENCH_ONLY?.split('|');
      const urls = benchUrls(doc).filter(
        (u) => !only || u.path.startsWith('/__bench') || only.some((label) => u.label.startsWith(label)),
      );
      for (const url of urls) {
        const target = `http://127.0.0.1:${server.port}${url.path}`;
        await drive(target, Math.min(1, seconds), 10, url.vary); // warm-up: JIT, caches, lazy indexes
        server.sampledPeakMb();
        const result = await drive(target, seconds, connections, url.vary);
        const rssMb = server.sampledPeakMb();
        if (url.path.startsWith('/__bench')) staticRps = result.rps;
        rows.push({
          size,
          label: url.label,
          list: url.list === true,
          ...result,
          ratio: staticRps ? result.rps / staticRps : 0,
          kb: result.bytesPerRequest / 1024,
          rssMb,
        });
        console.log(
          `${size} ${url.label}: ${result.rps.toFixed(0)} req/s, p99 ${result.p99} ms, RSS up to ${rssMb.toFixed(0)} MB${result.failures ? `, ${result.failures} FAILED (${result.non2xx} non-2xx, ${result.timeouts} timeouts)` : ''}`,
        );
      }
      // The static route once more, last: measured first only, it can be held down by start-up work
      // still running (the sort orders are prepared in the background, the start-up garbage is
      // collected), which would flatter every other row. The higher of the two is the baseline.
      const again = urls.find((u) => u.path.startsWith('/__bench'));
      if (again) {
        const target = `http://127.0.0.1:${server.port}${again.path}`;
        const result = await drive(target, seconds, connections);
        rows.push({
          size,
          label: 'static baseline, again',
          list: false,
          ...result,
          ratio: 0,
          kb: result.bytesPerRequest / 1024,
          rssMb: server.sampledPeakMb(),
        });
        console.log(`${size} static baseline, again: ${result.rps.toFixed(0)} req/s, p99 ${result.p99} ms`);
        const baseline = Math.max(staticRps, result.rps);
        for (const row of rows) if (row.size === size) row.ratio = row.rps / baseline;
      }
      const memory = server.memory();
      figures.push({
        size,
        providers: doc.providers.length,
        importMs,
        readyMs: server.readyMs,
        startupMs: server.startupMs,
        readyRssMb,
        peakRssMb: memory.peakRssMb,
      });
    } finally {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(`\n${formatTable(rows, figures)}\n`);
  for (const line of checkTargets(rows, figures)) console.log(line);
  if (process.env.BENCH_OUT)
    fs.writeFileSync(process.env.BENCH_OUT, `${JSON.stringify({ rows, figures }, null, 2)}\n`);
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
