import type { Express } from 'express';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { start } from '../../src/server';
import { STATIC_PATH } from './bench-urls';
import { logMemoryEverySecond, profilePromotedAllocations } from './diagnostics';

/**
 * The real server (src/server.ts `start`) plus, in this process only, one static route that serves
 * the filtered list's exact HTML bytes from memory: the upper limit for any page, since it costs
 * only Express routing and the HTTP exchange. Prints one `BENCH_READY {json}` line when serving.
 * Env: as the server, plus BENCH_STATIC_SOURCE (the URL whose bytes the static route serves).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const startedAt = performance.now();
  const running = await start(config, logger);
  const startupMs = performance.now() - startedAt;
  const { port } = running.server.address() as AddressInfo;

  const source = process.env.BENCH_STATIC_SOURCE ?? '/';
  const page = await fetch(`http://127.0.0.1:${port}${source}`);
  if (page.status !== 200) throw new Error(`static source ${source} answered ${page.status}`);
  const bytes = Buffer.from(await page.arrayBuffer());
  const contentType = page.headers.get('content-type') ?? 'text/html; charset=utf-8';

  // The static route is the app's first route, ahead of all its middleware. (Mounting the app in
  // another Express app instead would make every request change its objects' prototypes twice more
  // than the real server does: see src/runtime/http-server.ts.)
  const app = running.server.listeners('request')[0] as Express;
  app.get(STATIC_PATH, (_req, res) => {
    res.type(contentType).send(bytes);
  });
  const { stack } = (app as unknown as { router: { stack: unknown[] } }).router;
  stack.unshift(stack.pop());

  // Where the memory is (MB): JS heap, and external (PGlite's WebAssembly memory and buffers).
  const mb = (n: number) => Math.round(n / 1048576);
  const usage = process.memoryUsage();
  const readyMemory = { rss: mb(usage.rss), heapUsed: mb(usage.heapUsed), external: mb(usage.external) };
  process.stdout.write(
    `BENCH_READY ${JSON.stringify({ port, startupMs, staticBytes: bytes.length, readyMemory })}\n`,
  );
  if (process.env.BENCH_MEMORY_LOG) logMemoryEverySecond();
  const stopProfile = process.env.BENCH_HEAP_PROMOTED
    ? await profilePromotedAllocations(process.env.BENCH_HEAP_PROMOTED)
    : async () => undefined;
  process.once('SIGTERM', () => {
    void stopProfile()
      .then(() => running.stop())
      .then(() => process.exit(0));
  });
}

void main().catch((err: unknown) => {
  process.stderr.write(`bench server failed: ${String(err)}\n`);
  process.exit(1);
});
