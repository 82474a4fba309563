import type { CatalogueDocument } from '../../src/domain/catalogue.types';

/** Served only by the bench server (never by the app): the filtered list's bytes, from memory. */
export const STATIC_PATH = '/__bench/static';

/** Three filters that all match part of a synthetic catalogue. */
export const FILTERED_LIST = '/services?lot=infrastructure&level=1&cert=ISO27001';

/** The history of a selection (the bench database holds a second import with 5% changed). */
export const CHANGES_FILTERED = '/changes?lot=infrastructure&level=1';

export interface BenchUrl {
  label: string;
  path: string;
  /** A result list: its page weight is held to the budget. */
  list?: boolean;
  /**
   * Each request a URL nobody asked for before (no cached page can answer): every call returns the
   * next one. The cache is never bypassed by a header; the URLs simply differ.
   */
  vary?: () => string;
}

/** Mixed-radix choices: request n takes digit k of n in base choices[k].length. */
const CHOICES: string[][] = [
  ['', 'page=2', 'page=3', 'page=4', 'page=5'],
  ['', 'sort=name', 'sort=sla', 'sort=jurisdiction', 'sort=data', 'sort=openness', 'sort=assurance'],
  ['', 'lot=infrastructure', 'lot=platform', 'lot=workplace'],
  ['', 'level=1', 'level=2', 'level=3', 'minData=2', 'minJurisdiction=3'],
  ['', 'cert=ISO27001', 'cert=SOC2', 'cert=ISO27001&cert=C5'],
  ['', 'model=iaas', 'model=paas', 'model=saas'],
  ['', 'location=EEA', 'location=NL'],
];
/** Distinct filter combinations before they repeat (40,320): more than a 10-second run requests. */
export const DISTINCT_COMBINATIONS = CHOICES.reduce((n, c) => n * c.length, 1);

/** The n-th combination of filters, order and page (distinct for n below DISTINCT_COMBINATIONS). */
export function combination(n: number): string {
  const parts: string[] = [];
  let rest = n % DISTINCT_COMBINATIONS;
  for (const choices of CHOICES) {
    const part = choices[rest % choices.length];
    rest = Math.floor(rest / choices.length);
    if (part) parts.push(part);
  }
  return parts.join('&');
}

/** A new URL on every call, continuing where the last call left off (warm-up included). */
function uncached(path: string, stride = 7919): () => string {
  let n = 0;
  // A prime stride spreads consecutive requests over every choice instead of paging first.
  return () => {
    const query = combination((n++ * stride) % DISTINCT_COMBINATIONS);
    return query ? `${path}${path.includes('?') ? '&' : '?'}${query}` : path;
  };
}

/** Combinations without an order (the second digit): /changes refuses `sort`, changes are in time order. */
const UNSORTED_COMBINATIONS = DISTINCT_COMBINATIONS / CHOICES[1].length;

/**
 * A new selection of changes on every call, as the uncached list rows rotate theirs: the same filters
 * and pages at the default page size, without an order (5,760 distinct URLs).
 */
function changesUncached(stride = 7919): () => string {
  const pages = CHOICES[0].length;
  let k = 0;
  return () => {
    const m = (k++ * stride) % UNSORTED_COMBINATIONS;
    // m's page digit, the order digit 0, and the rest of m as the higher digits.
    const query = combination((m % pages) + pages * CHOICES[1].length * Math.floor(m / pages));
    return query ? `/changes?${query}` : '/changes';
  };
}

/** The pages and endpoints measured, with ids taken from the generated catalogue. */
export function benchUrls(doc: CatalogueDocument): BenchUrl[] {
  const ids = doc.services.map((s) => s.id);
  const pick = (fraction: number) => ids[Math.floor(fraction * (ids.length - 1))];
  const compared = [0.1, 0.35, 0.6, 0.85].map((f) => `id=${encodeURIComponent(pick(f))}`).join('&');
  const category = `/categories/${doc.categories[0].id}`;
  return [
    { label: 'static baseline', path: STATIC_PATH },
    { label: 'home', path: '/' },
    { label: 'all services', path: '/services', list: true },
    { label: 'filtered list (3 filters)', path: FILTERED_LIST, list: true },
    { label: 'filtered list, uncached', path: '/services', list: true, vary: uncached('/services') },
    { label: 'category', path: category, list: true },
    { label: 'search', path: '/services?q=nextcloud', list: true },
    {
      label: 'search, uncached',
      path: '/services?q=nextcloud',
      list: true,
      vary: uncached('/services?q=nextcloud'),
    },
    { label: 'service page', path: `/services/${encodeURIComponent(pick(0.5))}` },
    { label: 'compare 4', path: `/compare?${compared}` },
    { label: 'API list', path: '/api/v1/services' },
    { label: 'changes', path: '/changes' },
    { label: 'changes (2 filters)', path: CHANGES_FILTERED },
    { label: 'changes, uncached', path: CHANGES_FILTERED, list: true, vary: changesUncached() },
  ];
}
