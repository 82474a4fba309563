/**
 * Where a list page's CPU goes, part by part, without HTTP: parses the benchmark's rotating
 * list URLs, runs the listing (filters, facets, order, page) and presents the filter panel and the
 * whole page (panel included), printing the mean microseconds of each part.
 * Usage: node --import tsx scripts/bench/list-parts.ts [SERVICES=40000] [URLS=500]
 */
import { marketplaceStore } from './marketplace-store';
import { searchAndFilter } from '../../src/domain/search/search-listing';
import { translator } from '../../src/i18n/i18n';
import { presentListingPage } from '../../src/presenters/listing/listing-page.presenter';
import { presentFilterPanel } from '../../src/presenters/listing/filter-panel.presenter';
import { SearchService } from '../../src/services/search/search-service';
import { parseFilterQuery } from '../../src/validators/filter-query';
import { combination } from './bench-urls';

async function main(): Promise<void> {
  const size = Number(process.argv[2] ?? 40_000);
  const count = Number(process.argv[3] ?? 500);
  const store = await marketplaceStore(size);
  const model = store.current();
  const search = SearchService.following(store);
  const t = translator('nl');
  const times = { parse: 0, list: 0, panel: 0, present: 0 };
  const queries = Array.from({ length: count }, (_, n) => {
    const query = combination((n * 7919) % 40_320);
    const raw: Record<string, string | string[]> = {};
    for (const [key, value] of new URLSearchParams(query)) {
      const seen = raw[key];
      raw[key] = seen === undefined ? value : ([] as string[]).concat(seen, value);
    }
    return raw;
  });
  const run = (measure: boolean) => {
    for (const raw of queries) {
      let at = performance.now();
      const lap = (part: keyof typeof times) => {
        const now = performance.now();
        if (measure) times[part] += now - at;
        at = now;
      };
      const parsed = parseFilterQuery(raw, model);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      const query = parsed.value;
      lap('parse');
      const searched = searchAndFilter(model, query, search, {});
      lap('list');
      presentFilterPanel(searched.result, query, model, t, 'nl', { basePath: '/services' });
      lap('panel');
      const page = presentListingPage(
        { model, query, searched, basePath: '/services', followable: true },
        t,
        'nl',
      );
      lap('present');
      void page;
    }
  };
  run(false);
  run(true);
  for (const [part, ms] of Object.entries(times))
    console.log(`${part.padEnd(8)} ${((ms / count) * 1000).toFixed(0).padStart(6)} µs`);
  search.close();
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
