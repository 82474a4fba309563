import * as cheerio from 'cheerio';
import request from 'supertest';
import type { CatalogueDocument } from '../../../src/domain/catalogue.types';
import { createTestApp, referenceCatalogue, type TestApp } from '../../support/test-app';

async function panelOf(app: TestApp['app'], id: string, lang = 'nl') {
  const res = await request(app).get(`/services/${id}?lang=${lang}`).expect(200);
  const $ = cheerio.load(res.text);
  return { $, panel: $('[data-test=sovereignty-panel]') };
}

describe('sovereignty panel on the service page', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  it('shows Microsoft 365 at level 0, limited by jurisdiction and data, with reasons and advice', async () => {
    const { $, panel } = await panelOf(t.app, 'microsoft-365', 'en');
    expect(panel).toHaveLength(1);
    expect(panel.attr('data-overall')).toBe('0');
    expect(panel.find('[data-test=overall]').text()).toBe('Sovereignty level 0 of 4: No sovereignty shown');
    expect(panel.find('[data-test=meter] li')).toHaveLength(5);
    expect(panel.find('[data-test=meter] li[aria-current=step]').attr('data-level')).toBe('0');
    expect(panel.find('[data-test=limited-by]').text()).toBe('Limited by: Control and jurisdiction, Data.');
    const j = panel.find('[data-test=dimension][data-dimension=jurisdiction]');
    expect(j.find('[data-test=limiting]')).toHaveLength(1);
    expect(j.find('[data-test=first-failed]').attr('data-code')).toBe('J1');
    expect(j.find('[data-test=first-failed]').text()).toContain(
      'The provider is operated from outside Europe.',
    );
    expect(j.find('[data-test=raise] li')).toHaveLength(1);
    // T1 passed on the sourced open standards; its reason names them.
    const o = panel.find('[data-test=dimension][data-dimension=openness]');
    expect(o.find('[data-test=passed-rungs] li[data-code=T1]').text()).toContain('IMAP4');
    expect(o.find('[data-test=limiting]')).toHaveLength(0);
    // Its licence fact has no source.
    expect(
      panel
        .find('[data-test=unverified-note] li')
        .map((_i, el) => $(el).text())
        .get(),
    ).toEqual(['The open-source licence']);
    expect(panel.find('[data-test=method-link]').attr('href')).toBe('/method');
    expect($('[data-test=sovereignty-disclaimer]').text()).toContain('28 November 2026');
    expect($('[data-test=sovereignty-disclaimer]').text()).toContain('not an official SEAL');
  });

  it('names Hetzner Cloud’s non-EEA data locations in Dutch', async () => {
    const { panel } = await panelOf(t.app, 'hetzner-cloud');
    const data = panel.find('[data-test=dimension][data-dimension=data]');
    expect(data.find('[data-test=level-badge]').attr('data-level')).toBe('1');
    expect(data.find('[data-test=first-failed]').text()).toContain('Verenigde Staten, Singapore');
  });

  it('marks assurance not applicable for self-hosted software and shows no unverified note', async () => {
    const { panel } = await panelOf(t.app, 'nextcloud-hub', 'en');
    expect(panel.attr('data-overall')).toBe('4');
    expect(panel.find('[data-test=self-hosted-note]')).toHaveLength(1);
    const a = panel.find('[data-test=dimension][data-dimension=assurance]');
    expect(a.attr('data-applicable')).toBe('false');
    expect(a.find('[data-test=not-applicable]').text()).toContain('Assurance not applicable (self-hosted)');
    expect(a.find('[data-test=level-badge]')).toHaveLength(0);
    expect(
      panel.find('[data-test=dimension][data-dimension=data] [data-test=self-hosted-rule]'),
    ).toHaveLength(1);
    expect(panel.find('[data-test=unverified-note]')).toHaveLength(0);
    expect(panel.find('[data-test=raise]')).toHaveLength(0);
  });

  it('shows the supply-chain cap with a link to the service it runs on', async () => {
    // Give openDesk SaaS a qualification and EEA-only contract terms so its own J and D exceed
    // STACKIT's; then STACKIT caps it.
    const doc: CatalogueDocument = referenceCatalogue();
    const saas = doc.services.find((s) => s.id === 'opendesk-enterprise-saas')!;
    const source = [{ url: 'https://example.org/test' }];
    saas.evidence = [{ scheme: 'SecNumCloud', status: 'qualified', coversService: true, sources: source }];
    saas.data = {
      ...saas.data,
      contractualEeaOnly: { value: true, sources: source },
      supportAccessInEea: { value: true, sources: source },
    };
    const own = await createTestApp({ document: doc });
    const { panel } = await panelOf(own.app, 'opendesk-enterprise-saas', 'en');
    const j = panel.find('[data-test=dimension][data-dimension=jurisdiction]');
    expect(j.attr('data-level')).toBe('3');
    expect(j.find('[data-test=capped-by]').text()).toContain('Capped at level 3');
    expect(j.find('[data-test=capped-by] a').attr('href')).toBe('/services/stackit-cloud-iaas-paas');
    expect(j.find('[data-test=raise] li').text()).toContain('which this service runs on');
    const d = panel.find('[data-test=dimension][data-dimension=data]');
    expect(d.find('[data-test=capped-by] a').attr('href')).toBe('/services/stackit-cloud-iaas-paas');
    // The decoy: STACKIT itself is not capped.
    const base = await panelOf(own.app, 'stackit-cloud-iaas-paas', 'en');
    expect(base.panel.find('[data-test=capped-by]')).toHaveLength(0);
  });
});
