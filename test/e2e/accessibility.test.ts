import AxeBuilder from '@axe-core/playwright';
import { describeInBrowser, openBrowserSession, type BrowserSession } from './support/browser';

/** One URL per page type; each is scanned in Dutch and in English. */
const PAGES: [string, string, number?][] = [
  ['home', '/'],
  ['services', '/services'],
  ['services-filtered', '/services?level=1&cert=ISO27001'],
  ['category', '/categories/compute'],
  ['search', '/services?q=opslag'],
  ['facet-options', '/services/facets/provider?level=1'],
  ['service', '/services/ovhcloud-hpc-vmware-secnumcloud'],
  ['service-self-hosted', '/services/nextcloud-hub'],
  ['provider', '/providers/ovhcloud'],
  ['method', '/method'],
  ['compare', '/compare?id=ovhcloud-hpc-vmware-secnumcloud&id=microsoft-365&id=stackit-cloud-iaas-paas'],
  ['broker', '/broker?profile=personal-data'],
  ['planner', '/broker/planner'],
  ['api', '/api'],
  ['not-found', '/services/no-such-service', 404],
  ['bad-request', '/services?level=7', 400],
];

describeInBrowser('accessibility (axe, WCAG 2.1 AA)', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowserSession();
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });

  for (const lang of ['nl', 'en'] as const) {
    for (const [name, url, status = 200] of PAGES) {
      it(`${name} (${lang}) has no serious or critical violations`, async () => {
        const separator = url.includes('?') ? '&' : '?';
        const response = await session.page.goto(`${session.baseUrl}${url}${separator}lang=${lang}`);
        expect(response?.status()).toBe(status);
        const results = await new AxeBuilder({ page: session.page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        const serious = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        expect(serious).toEqual([]);
      });
    }
  }
});
