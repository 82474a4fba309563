/**
 * Memory outside the JS heap that pages nobody asked for yet allocate, per request, and which typed
 * arrays make it. V8 starts a full garbage collection whenever that memory has grown by 64 MB
 * ("external memory pressure" in `--trace-incremental-marking`), so under load it sets how often the
 * heap is marked. Builds the app over a marketplace-shaped catalogue in memory, requests the
 * benchmark's rotating list URLs one at a time and reads V8's external-memory figure before and after;
 * run it with a young generation too large to be collected in between, or the figure also drops.
 * Usage: node --expose-gc --max-semi-space-size=512 --import tsx scripts/bench/external-memory.ts
 *        [SERVICES=40000] [BASE=/services] [REQUESTS=100]
 */
import { listenInMemory, marketplaceStore } from './marketplace-store';
import http from 'node:http';
import { PerformanceObserver } from 'node:perf_hooks';
import v8 from 'node:v8';
import { combination } from './bench-urls';

function get(port: number, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    http
      .get({ port, path, host: '127.0.0.1' }, (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 200 ? resolve() : reject(new Error(`${path} ${res.statusCode}`)),
        );
      })
      .on('error', reject);
  });
}

const externalMemory = () => (v8.getHeapStatistics() as { external_memory: number }).external_memory;

/** Replaces the global typed-array constructors with ones that add up, per call site, what they allocate outside the heap. */
function countTypedArrays(): Map<string, number> {
  const bytesBySite = new Map<string, number>();
  for (const name of ['Uint32Array', 'Int32Array', 'Uint8Array', 'Float64Array'] as const) {
    const Base = globalThis[name] as unknown as new (...args: unknown[]) => ArrayBufferView;
    const Counted = class extends Base {
      constructor(...args: unknown[]) {
        super(...args);
        if (this.byteLength <= 64) return; // small typed arrays live inside the heap
        const site = (new Error().stack ?? '')
          .split('\n')
          .slice(2, 4)
          .map((line) =>
            line
              .trim()
              .replace(/^at /, '')
              .replace(/\(.*\/(.*)\)/, '$1'),
          )
          .join(' < ');
        bytesBySite.set(`${name} ${site}`, (bytesBySite.get(`${name} ${site}`) ?? 0) + this.byteLength);
      }
    };
    (globalThis as Record<string, unknown>)[name] = Counted;
  }
  return bytesBySite;
}

async function main(): Promise<void> {
  const [sizeArg = '40000', base = '/services', requestsArg = '100'] = process.argv.slice(2);
  const requests = Number(requestsArg);
  const { server, port } = await listenInMemory(await marketplaceStore(Number(sizeArg)));
  const url = (n: number) => `${base}${base.includes('?') ? '&' : '?'}${combination(n * 7919)}`;
  for (let n = 0; n < 50; n++) await get(port, url(100_000 + n)); // warm-up
  let collections = 0;
  new PerformanceObserver((list) => (collections += list.getEntries().length)).observe({
    entryTypes: ['gc'],
  });
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setTimeout(resolve, 100));
  collections = 0;
  const bySite = countTypedArrays();
  const before = externalMemory();
  for (let n = 0; n < requests; n++) await get(port, url(n));
  const perRequest = (externalMemory() - before) / requests / 1024;
  console.log(
    `${base}: ${perRequest.toFixed(1)} kB outside the heap per request` +
      (collections > 0 ? ` (${collections} collections ran in between: the figure is too low)` : ''),
  );
  [...bySite]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .forEach(([site, bytes]) =>
      console.log(`  ${(bytes / requests / 1024).toFixed(1).padStart(6)} kB ${site}`),
    );
  server.close();
  process.exit(0);
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
