/**
 * Micro benchmark of faceted filtering at G-Cloud scale: a 40,000-service read model made of
 * copies of the reference services (ids made unique; in memory only, never stored or shown),
 * then a 3-filter query with all facet counts. Prints timings; nothing asserts on them.
 * Run: node --import tsx scripts/bench-filter.ts [services]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CatalogueDocument } from '../src/domain/catalogue.types';
import { filterServices } from '../src/domain/filters';
import { parseFilterQuery } from '../src/validators/filter-query';
import { buildReadModel } from '../src/domain/catalogue/read-model';

const size = Number(process.argv[2] ?? 40_000);
const reference = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', 'seeds', 'data', 'catalogue.json'), 'utf8'),
) as CatalogueDocument;

// runsOn is dropped so each copy stands alone (the reference's one link points at an original id).
const services = Array.from({ length: size }, (_, i) => {
  const original = reference.services[i % reference.services.length];
  return { ...original, id: `${original.id}-${i}`, runsOn: undefined };
});
const document: CatalogueDocument = { ...reference, services };

let start = performance.now();
const model = buildReadModel(document, '2026-11-28');
console.log(`load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs (figures scale with it)`);
console.log(`heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
console.log(`read model of ${size} services: ${(performance.now() - start).toFixed(0)} ms`);

const parsed = parseFilterQuery(
  { lot: 'infrastructure', level: '1', cert: 'ISO27001', sort: 'sla', page: '2' },
  model,
);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));

start = performance.now();
let result = filterServices(model, parsed.value);
console.log(
  `first query (derives per-service facts once per model): ${(performance.now() - start).toFixed(1)} ms`,
);

const runs: number[] = [];
for (let i = 0; i < 30; i++) {
  start = performance.now();
  result = filterServices(model, parsed.value);
  runs.push(performance.now() - start);
}
runs.sort((a, b) => a - b);
const at = (p: number): string => runs[Math.min(runs.length - 1, Math.floor(p * runs.length))].toFixed(1);
console.log(`3-filter query with facets, 30 runs: median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms`);
console.log(`matched ${result.total} services; ${Object.keys(result.facets).length} facets counted`);

const everything = parseFilterQuery({}, model);
if (everything.ok) {
  start = performance.now();
  filterServices(model, everything.value);
  console.log(`no filters, all facets: ${(performance.now() - start).toFixed(1)} ms`);
}
