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
  /** Each request a different URL (no cached page can answer): request i goes to vary(i). */
  vary?: (i: number) => string;
}

const SORTS = ['level', 'name', 'sla', 'jurisdiction', 'data', 'openness', 'assurance'];

/** A new combination of page size and order for every request: ~630 distinct URLs in turn. */
function uncached(path: string): (i: number) => string {
  return (i) => `${path}&perPage=${10 + (i % 90)}&sort=${SORTS[Math.floor(i / 90) % SORTS.length]}`;
}

/** The pages and endpoints measured, with ids taken from the generated catalogue. */
export function benchUrls(doc: CatalogueDocument): BenchUrl[] {
  const ids = doc.services.map((s) => s.id);
  const pick = (fraction: number) => ids[Math.floor(fraction * (ids.length - 1))];
  const compared = [0.1, 0.35, 0.6, 0.85].map((f) => `id=${encodeURIComponent(pick(f))}`).join('&');
  return [
    { label: 'static baseline', path: STATIC_PATH },
    { label: 'home', path: '/' },
    { label: 'filtered list (3 filters)', path: FILTERED_LIST },
    { label: 'filtered list, uncached', path: FILTERED_LIST, vary: uncached(FILTERED_LIST) },
    { label: 'search', path: '/services?q=nextcloud' },
    { label: 'search, uncached', path: '/services?q=nextcloud', vary: uncached('/services?q=nextcloud') },
    { label: 'service page', path: `/services/${encodeURIComponent(pick(0.5))}` },
    { label: 'compare 4', path: `/compare?${compared}` },
    { label: 'API list', path: '/api/v1/services' },
    { label: 'changes', path: '/changes' },
    { label: 'changes (2 filters)', path: CHANGES_FILTERED },
    {
      label: 'changes, uncached',
      path: CHANGES_FILTERED,
      vary: (i) => `${CHANGES_FILTERED}&perPage=${10 + (i % 90)}`,
    },
  ];
}
