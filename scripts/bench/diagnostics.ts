import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import v8 from 'node:v8';

const mb = (bytes: number) => Math.round(bytes / 1048576);

/**
 * BENCH_MEMORY_LOG=1: one line a second on stderr with resident memory, the heap and each heap
 * space, to see which part grows under load.
 */
export function logMemoryEverySecond(): void {
  setInterval(() => {
    const usage = process.memoryUsage();
    const spaces = v8
      .getHeapSpaceStatistics()
      .filter((space) => space.space_used_size > 1048576)
      .map((space) => `${space.space_name} ${mb(space.space_used_size)}`)
      .join(' ');
    process.stderr.write(
      `memory: rss ${mb(usage.rss)} heap ${mb(usage.heapUsed)}/${mb(usage.heapTotal)} external ${mb(usage.external)} | ${spaces}\n`,
    );
  }, 1000).unref();
}

/**
 * BENCH_HEAP_PROMOTED=file: a sampling heap profile of every allocation that survived a
 * young-generation collection (garbage that reaches the old generation and makes it grow), written
 * when the server stops. Open it in Chrome DevTools (Memory tab) or speedscope.
 */
export async function profilePromotedAllocations(file: string): Promise<() => Promise<void>> {
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 16384,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: false,
  });
  return async () => {
    const { profile } = await session.post('HeapProfiler.stopSampling');
    fs.writeFileSync(file, JSON.stringify(profile));
  };
}
