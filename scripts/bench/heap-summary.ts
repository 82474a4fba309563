/**
 * What the live heap holds at marketplace scale: builds the app's catalogue state in memory as
 * page-cost.ts does, requests some pages, takes a V8 heap snapshot and prints the retained
 * self-size per object type and constructor (the largest groups), so read-model changes can be
 * judged by the heap each catalogue costs.
 * Usage: node --expose-gc --import tsx scripts/bench/heap-summary.ts [SERVICES=40000] [TOP=40]
 * or, for a snapshot taken elsewhere (e.g. the bench server's, see heap-server.ts):
 *        node --import tsx scripts/bench/heap-summary.ts FILE.heapsnapshot [TOP=40]
 */
import { marketplaceStore } from './marketplace-store';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { followCatalogue } from '../../src/app-deps';
import { SearchService } from '../../src/services/search/search-service';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

function summarise(file: string, top: number): void {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
  const fields = data.snapshot.meta.node_fields;
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const types = data.snapshot.meta.node_types[0];
  const groups = new Map<string, { count: number; bytes: number }>();
  let total = 0;
  for (let i = 0; i < data.nodes.length; i += width) {
    const type = types[data.nodes[i + typeAt]];
    const name = type === 'object' || type === 'closure' ? data.strings[data.nodes[i + nameAt]] : '';
    const key = `${type} ${name}`.trim();
    const size = data.nodes[i + sizeAt];
    total += size;
    const group = groups.get(key) ?? { count: 0, bytes: 0 };
    group.count += 1;
    group.bytes += size;
    groups.set(key, group);
  }
  console.log(`heap snapshot: ${(total / 1048576).toFixed(0)} MB in ${data.nodes.length / width} objects`);
  for (const [key, g] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top)) {
    console.log(
      `${(g.bytes / 1048576).toFixed(1).padStart(8)} MB ${String(g.count).padStart(9)}  ${key.slice(0, 80)}`,
    );
  }
}

async function main(): Promise<void> {
  if (process.argv[2]?.endsWith('.heapsnapshot')) {
    summarise(process.argv[2], Number(process.argv[3] ?? 40));
    return;
  }
  const size = Number(process.argv[2] ?? 40_000);
  const top = Number(process.argv[3] ?? 40);
  const store = await marketplaceStore(size);
  const followers = followCatalogue(store, (s) => SearchService.following(s));
  store.checkedOnly();
  global.gc?.();
  const used = process.memoryUsage();
  console.log(
    `heapUsed ${(used.heapUsed / 1048576).toFixed(0)} MB, rss ${(used.rss / 1048576).toFixed(0)} MB`,
  );
  const file = path.join(os.tmpdir(), `heap-${process.pid}.heapsnapshot`);
  v8.writeHeapSnapshot(file);
  followers.close();
  summarise(file, top);
  fs.rmSync(file);
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
