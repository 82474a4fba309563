import fs from 'node:fs';
import path from 'node:path';
import { generateCatalogue } from '../generate-catalogue';
import { benchUrls, FILTERED_LIST } from './bench-urls';
import { drive } from './load';
import { prepareDatabase } from './prepare-database';
import { startBenchServer, waitForSearchIndex } from './server-process';

/**
 * CPU profile of the server under load on one URL: writes a .cpuprofile (open it in Chrome
 * DevTools or speedscope) and prints the hottest functions by self time.
 * Usage: node --import tsx scripts/bench/profile-url.ts SIZE LABEL-PREFIX [SECONDS] [OUT-DIR]
 */
async function main(): Promise<void> {
  const [sizeArg = '40000', label = 'filtered', secondsArg = '10', out = 'test-output/profiles'] =
    process.argv.slice(2);
  const doc = generateCatalogue(Number(sizeArg), 42, 'marketplace');
  const url = benchUrls(doc).find((u) => u.label.startsWith(label));
  if (!url) throw new Error(`no URL labelled ${label}`);
  const dir = path.resolve(out, `${sizeArg}-${label.replace(/\W+/g, '-')}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  process.env.BENCH_PROF = dir;
  const { dir: dbDir } = await prepareDatabase(doc);
  const server = await startBenchServer(path.join(dbDir, 'pglite'), FILTERED_LIST);
  try {
    readyMs = server.readyMs;
    console.log(`ready in ${(server.readyMs / 1000).toFixed(1)} s`);
    const target = `http://127.0.0.1:${server.port}${url.path}`;
    await waitForSearchIndex(server.port); // its build is start-up work, not load
    await drive(target, 3, 10, url.vary); // warm-up, so lazy indexes and JIT are not in the window
    loadStartedAt = Date.now();
    const result = await drive(target, Number(secondsArg), 50, url.vary);
    loadEndedAt = Date.now();
    console.log(`${url.label} ${url.path}: ${result.rps.toFixed(0)} req/s, p99 ${result.p99} ms`);
  } finally {
    await server.stop();
    fs.rmSync(dbDir, { recursive: true, force: true });
  }
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('no profile written');
  const profile = readProfile(path.join(dir, file));
  console.log(`profile: ${path.join(dir, file)}\n-- start-up (spawn to ready) --`);
  printHot(profile, profile.startTime, profile.startTime + readyMs * 1000);
  console.log('-- under load --');
  // The load window is placed by the sample times relative to the end (shutdown takes < 1 s).
  printHot(
    profile,
    profile.endTime - (loadEndedAt - loadStartedAt + 1000) * 1000,
    profile.endTime - 1000 * 1000,
  );
}

let readyMs = 0;
let loadStartedAt = 0;
let loadEndedAt = 0;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

function readProfile(file: string): Profile {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
}

/**
 * Self time per function (sample counts), top 20, within [from, to] (profile clock, µs): the
 * profile covers the whole process, so start-up and load are reported apart.
 */
function printHot(profile: Profile, from: number, to: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
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
  for (const [key, count] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`${((count / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
