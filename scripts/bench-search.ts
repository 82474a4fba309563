import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CatalogueDocument } from '../src/domain/catalogue.types';
import { buildSearchIndex } from '../src/domain/search/build-search-index';
import { buildReadModel } from '../src/domain/catalogue/read-model';
import { generateCatalogue } from './generate-catalogue';
import { prng } from './prng';

/**
 * Search benchmark: index build time and query times on synthetic catalogues. The synthetic
 * services get summaries and descriptions made of the reference catalogue's own Dutch and English
 * words plus invented product names, so the vocabulary grows with the catalogue as it would in
 * reality. Prints figures; asserts nothing.
 *
 * Usage: node --import tsx scripts/bench-search.ts [COUNT ...]   (default 10000 40000)
 */

const QUERIES = [
  'opslag',
  'objectopslag',
  'opslagdiensten',
  'Teams',
  'SharePoint',
  'virtuele machines',
  'object storage',
  'nextclod',
  'kubernetes -microsoft',
  '+iso 27001 amsterdam',
  'clou*',
  'videovergaderen versleuteld nederland',
];
const RUNS = 20;

/**
 * Replaces the generator's one-line texts with text of about the reference catalogue's length
 * made of its own words, plus an invented product name now and then.
 */
function withRealisticText(document: CatalogueDocument, seed: number): CatalogueDocument {
  const random = prng(seed);
  const vocabulary = referenceWords();
  const words = (lang: 'nl' | 'en', n: number): string =>
    Array.from({ length: n }, () =>
      random() < 0.05
        ? `prod${Math.floor(random() * document.services.length)}x`
        : vocabulary[lang][Math.floor(random() * vocabulary[lang].length)],
    ).join(' ');
  for (const service of document.services) {
    service.summary = { nl: words('nl', 15), en: words('en', 15) };
    service.description = { nl: words('nl', 30), en: words('en', 30) };
  }
  return document;
}

/** Every word of the reference catalogue's summaries and descriptions, per language. */
function referenceWords(): Record<'nl' | 'en', string[]> {
  const file = path.join(__dirname, '..', 'seeds', 'data', 'catalogue.json');
  const reference = JSON.parse(fs.readFileSync(file, 'utf8')) as CatalogueDocument;
  const words = (lang: 'nl' | 'en'): string[] =>
    reference.services
      .flatMap((s) => [s.summary[lang] ?? '', s.description?.[lang] ?? ''])
      .join(' ')
      .split(/\s+/)
      .filter((w) => w.length > 0);
  return { nl: words('nl'), en: words('en') };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function bench(count: number): void {
  const document = withRealisticText(generateCatalogue(count, 1), 7);
  const model = buildReadModel(document, '2026-11-28', 1);
  if (global.gc) global.gc();
  const before = process.memoryUsage();
  const started = performance.now();
  const index = buildSearchIndex(model);
  const buildMs = performance.now() - started;
  if (global.gc) global.gc();
  const after = process.memoryUsage();
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
  // The postings are typed arrays: their bytes are outside the JS heap (arrayBuffers).
  console.log(
    `\n${count} services: build ${buildMs.toFixed(0)} ms, index ≈ ${mb(after.heapUsed - before.heapUsed)} MB heap + ${mb(after.arrayBuffers - before.arrayBuffers)} MB typed arrays`,
  );
  console.log('query'.padEnd(42), 'hits'.padStart(6), 'median ms'.padStart(10), 'p95 ms'.padStart(8));
  for (const q of QUERIES) {
    const times: number[] = [];
    let hits = 0;
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      const outcome = index.search(q);
      times.push(performance.now() - t0);
      hits = outcome.ok ? outcome.relevance.size : -1;
    }
    times.sort((a, b) => a - b);
    console.log(
      q.padEnd(42),
      String(hits).padStart(6),
      percentile(times, 50).toFixed(2).padStart(10),
      percentile(times, 95).toFixed(2).padStart(8),
    );
  }
}

const counts = process.argv.slice(2).map(Number);
for (const count of counts.length > 0 ? counts : [10_000, 40_000]) bench(count);
