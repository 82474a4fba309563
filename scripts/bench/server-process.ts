import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

export interface BenchServer {
  port: number;
  /** From spawning the process until it serves (node + tsx boot, migrations check, read model). */
  readyMs: number;
  /** What `start()` itself took, as measured inside the process. */
  startupMs: number;
  /** Memory when ready (MB): resident, JS heap used, external (WebAssembly memory, buffers). */
  readyMemory: { rss: number; heapUsed: number; external: number };
  /** Current and peak (since spawning) resident memory of the server process, in MB. */
  memory(): { rssMb: number; peakRssMb: number };
  /** Highest resident memory sampled (every 50 ms) since the last call, in MB. */
  sampledPeakMb(): number;
  stop(): Promise<void>;
}

/** Spawns scripts/bench/bench-server.ts on the prepared database and waits until it serves. */
export async function startBenchServer(pgliteDir: string, staticSource: string): Promise<BenchServer> {
  const startedAt = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      // E.g. BENCH_NODE_ARGS=--max-semi-space-size=32 (V8 flags that NODE_OPTIONS does not take).
      ...(process.env.BENCH_NODE_ARGS ? process.env.BENCH_NODE_ARGS.split(' ') : []),
      '--import',
      'tsx',
      ...(process.env.BENCH_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROF}`] : []),
      'scripts/bench/bench-server.ts',
    ],
    {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        PATH: process.env.PATH,
        ...(process.env.BENCH_MEMORY_LOG ? { BENCH_MEMORY_LOG: '1' } : {}),
        ...(process.env.BENCH_HEAP_PROMOTED ? { BENCH_HEAP_PROMOTED: process.env.BENCH_HEAP_PROMOTED } : {}),
        // E.g. HEAP_GROWING_PERCENT=0 to compare with V8's own heap growth.
        ...(process.env.HEAP_GROWING_PERCENT
          ? { HEAP_GROWING_PERCENT: process.env.HEAP_GROWING_PERCENT }
          : {}),
        // E.g. BENCH_NODE_OPTIONS=--max-old-space-size=768 to see what the heap really needs.
        ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
        NODE_ENV: 'production',
        SESSION_SECRET: 'benchmark-only-secret-0123456789',
        PGLITE_DIR: pgliteDir,
        HOST: '127.0.0.1',
        PORT: '0',
        ASSESSMENT_DATE: '2026-11-28',
        // Per-request info logs would measure the log pipe, not the app.
        LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
        API_RATE_LIMIT_PER_MINUTE: '100000000',
        BENCH_STATIC_SOURCE: staticSource,
      },
    },
  );
  const ready = await new Promise<Omit<BenchServer, 'readyMs' | 'memory' | 'sampledPeakMb' | 'stop'>>(
    (resolve, reject) => {
      let buffered = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        const line = buffered.split('\n').find((l) => l.startsWith('BENCH_READY '));
        if (line)
          resolve(
            JSON.parse(line.slice('BENCH_READY '.length)) as Omit<
              BenchServer,
              'readyMs' | 'memory' | 'sampledPeakMb' | 'stop'
            >,
          );
      });
      child.once('exit', (code) => reject(new Error(`bench server exited with ${code} before it was ready`)));
    },
  );
  const readyMs = performance.now() - startedAt;
  if (process.env.BENCH_MEMORY_LOG) child.stdout?.pipe(process.stderr);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let sampled = 0;
  const sampler = setInterval(() => {
    try {
      sampled = Math.max(sampled, readMemory(child.pid as number).rssMb);
    } catch {
      // The process is exiting.
    }
  }, 50);
  return {
    ...ready,
    readyMs,
    memory: () => readMemory(child.pid as number),
    sampledPeakMb: () => {
      const peak = Math.max(sampled, readMemory(child.pid as number).rssMb);
      sampled = 0;
      return peak;
    },
    stop: async () => {
      clearInterval(sampler);
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Resolves once /readyz says the search index is built (its build is start-up work, not load). */
export async function waitForSearchIndex(port: number): Promise<void> {
  for (;;) {
    const res = await fetch(`http://127.0.0.1:${port}/readyz`);
    const body = (await res.json()) as { checks?: { search?: string } };
    if (body.checks?.search === 'ready') return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function readMemory(pid: number): { rssMb: number; peakRssMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rssMb: kb('VmRSS') / 1024, peakRssMb: kb('VmHWM') / 1024 };
}
