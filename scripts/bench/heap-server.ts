/**
 * The bench server's heap after load: prepares the benchmark database, starts the server with
 * `--heapsnapshot-signal=SIGUSR2`, drives one URL row (uncached rows by default) with 50
 * connections, then asks for a heap snapshot and prints what it holds (heap-summary.ts).
 * Usage: node --import tsx scripts/bench/heap-server.ts [SERVICES=40000] [LABEL=filtered list, uncached] [SECONDS=10]
 * HEAP_SERVER_SNAPSHOT=0 skips the snapshot (e.g. with BENCH_NODE_ARGS=--trace-gc, to see the collections under load).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { generateCatalogue } from '../generate-catalogue';
import { benchUrls, FILTERED_LIST } from './bench-urls';
import { drive } from './load';
import { prepareDatabase } from './prepare-database';
import { startBenchServer, waitForSearchIndex } from './server-process';

const ROOT = path.join(__dirname, '..', '..');

async function main(): Promise<void> {
  const [sizeArg = '40000', label = 'filtered list, uncached', secondsArg = '10'] = process.argv.slice(2);
  const doc = generateCatalogue(Number(sizeArg), 42, 'marketplace');
  const url = benchUrls(doc).find((u) => u.label === label);
  if (!url) throw new Error(`no URL labelled ${label}`);
  process.env.BENCH_NODE_ARGS = `${process.env.BENCH_NODE_ARGS ?? ''} --heapsnapshot-signal=SIGUSR2`.trim();
  process.env.BENCH_MEMORY_LOG = '1';
  const { dir } = await prepareDatabase(doc);
  const before = new Set(fs.readdirSync(ROOT));
  const server = await startBenchServer(path.join(dir, 'pglite'), FILTERED_LIST);
  try {
    const target = `http://127.0.0.1:${server.port}${url.path}`;
    await waitForSearchIndex(server.port);
    const connections = Number(process.env.HEAP_SERVER_CONNECTIONS ?? 50);
    const result = await drive(target, Number(secondsArg), connections, url.vary);
    console.log(`${url.label}: ${result.rps.toFixed(0)} req/s, p99 ${result.p99} ms`);
    if (process.env.HEAP_SERVER_SNAPSHOT === '0') return;
    const pid = Number(
      execFileSync('pgrep', ['-f', 'scripts/bench/bench-server.ts']).toString().trim().split('\n').pop(),
    );
    process.kill(pid, 'SIGUSR2');
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 2000));
      const file = fs.readdirSync(ROOT).find((f) => !before.has(f) && f.endsWith('.heapsnapshot'));
      if (file && fs.statSync(path.join(ROOT, file)).size > 0) {
        await new Promise((resolve) => setTimeout(resolve, 5000)); // let the writer finish
        console.log(`snapshot: ${file}`);
        break;
      }
    }
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
