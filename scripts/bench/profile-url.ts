import fs from 'node:fs';
import path from 'node:path';
import { generateCatalogue } from '../generate-catalogue';
import { benchUrls, FILTERED_LIST } from './bench-urls';
import { drive } from './load';
import { prepareDatabase } from './prepare-database';
import { startBenchServer } from './server-process';

/**
 * CPU profile of the server under load on one URL: writes a .cpuprofile (open it in Chrome
 * DevTools or speedscope) and prints the hottest functions by self time.
 * Usage: node --import tsx scripts/bench/profile-url.ts SIZE LABEL-PREFIX [SECONDS] [OUT-DIR]
 */
async function main(): Promise<void> {
  const [sizeArg = '40000', label = 'filtered', secondsArg = '10', out = 'test-output/profiles'] =
    process.argv.slice(2);
  const doc = generateCatalogue(Number(sizeArg), 42);
  const url = benchUrls(doc).find((u) => u.label.startsWith(label));
  if (!url) throw new Error(`no URL labelled ${label}`);
  const dir = path.resolve(out, `${sizeArg}-${label.replace(/\W+/g, '-')}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  process.env.BENCH_PROF = dir;
  const { dir: dbDir } = await prepareDatabase(doc);
  const server = await startBenchServer(path.join(dbDir, 'pglite'), FILTERED_LIST);
  try {
    const target = `http://127.0.0.1:${server.port}${url.path}`;
    await drive(target, 3, 10); // warm-up, so lazy indexes and JIT are not in the window
    loadStartedAt = Date.now();
    const result = await drive(target, Number(secondsArg), 50);
    loadEndedAt = Date.now();
    console.log(`${url.label} ${url.path}: ${result.rps.toFixed(0)} req/s, p99 ${result.p99} ms`);
  } finally {
    await server.stop();
    fs.rmSync(dbDir, { recursive: true, force: true });
  }
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('no profile written');
  printHot(path.join(dir, file), loadEndedAt - loadStartedAt);
}

let loadStartedAt = 0;
let loadEndedAt = 0;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/**
 * Self time per function (sample counts), top 25, over the load window only: the profile covers
 * the whole process, and start-up (module loading, index builds) would otherwise dominate it.
 * The window is placed by the sample times relative to the end (shutdown takes well under 1 s).
 */
function printHot(file: string, windowMs: number): void {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
    startTime: number;
    endTime: number;
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const from = profile.endTime - (windowMs + 1000) * 1000;
  const to = profile.endTime - 1000 * 1000;
  let at = profile.startTime;
  const inWindow: number[] = [];
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i];
    if (at >= from && at <= to) inWindow.push(id);
  });
  for (const id of inWindow) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/work\/main\//, '')}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + 1);
  }
  const total = inWindow.length;
  console.log(`profile: ${file}`);
  for (const [key, count] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`${((count / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
