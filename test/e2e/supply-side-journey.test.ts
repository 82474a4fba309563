import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createApp } from '../../src/app';
import { followCatalogue } from '../../src/app-deps';
import { SearchService } from '../../src/services/search/search-service';
import { loadConfig } from '../../src/config';
import { listenForCatalogueChanges } from '../../src/db/catalogue-notifications';
import { createLogger } from '../../src/logger';
import { readCatalogueSnapshot } from '../../src/repositories/catalogue.repository';
import { CatalogueStore } from '../../src/services/catalogue/catalogue-store';
import { DatabaseHealth } from '../../src/services/health/database-health';
import { ACCOUNTS_TEST_ENV, createAccountsTestApp, createUser, type AccountsTestApp } from '../support/auth';
import { REFERENCE_ASSESSMENT_DATE } from '../support/test-app';
import { SCREENSHOT_DIR, describeInBrowser, launchChromium, listen } from './support/browser';

const SERVICE = 'ovhcloud-public-cloud-compute';

/** An empty source row is folded under "Een bron toevoegen": open it as a user would. */
async function openSourceRow(page: Page, input: string): Promise<void> {
  if (!(await page.isVisible(input))) await page.click(`details:has(${input}) > summary`);
}

async function signInAs(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(`${url}/login`);
  // Setting a password from an invitation signs the user in already.
  if ((await page.locator('[data-test=login-form] #email').count()) === 0) return;
  await page.fill('#email', email);
  await page.fill('#password', password);
  await Promise.all([page.waitForLoadState(), page.click('[data-test=login-form] button[type=submit]')]);
}

describeInBrowser('supply side, the whole flow in a browser', () => {
  let t: AccountsTestApp;
  let browser: Browser;
  let first: { server: Server; url: string };
  let second: { server: Server; url: string };
  let secondStore: CatalogueStore;
  let unlisten: () => Promise<void>;
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(SCREENSHOT_DIR, `supply-${name}.png`), fullPage: true });

  beforeAll(async () => {
    t = await createAccountsTestApp();
    first = await listen(t.app);
    // A second instance over the same database, with its own read model that follows change notifications.
    secondStore = new CatalogueStore(
      { read: () => readCatalogueSnapshot(t.db.knex) },
      () => REFERENCE_ASSESSMENT_DATE,
    );
    await secondStore.reload();
    unlisten = await listenForCatalogueChanges(t.db, () => void secondStore.reload());
    const config = loadConfig(ACCOUNTS_TEST_ENV);
    const { search, cache } = followCatalogue(secondStore, (s) => SearchService.following(s));
    second = await listen(
      createApp({
        config,
        logger: createLogger('silent'),
        store: secondStore,
        health: new DatabaseHealth(() => t.db.ping()),
        search,
        cache,
      }),
    );
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await unlisten?.();
    await new Promise((resolve) => first?.server.close(resolve));
    await new Promise((resolve) => second?.server.close(resolve));
    await t?.close();
  });

  it('admin invites, supplier submits SLA and switching terms, curator checks and approves, buyers see it on both instances', async () => {
    const admin = await createUser(t, { role: 'admin' });
    const curator = await createUser(t, { role: 'curator' });
    const password = 'a long supplier passphrase';

    // The administrator invites a supplier of OVHcloud.
    const adminPage = await (await browser.newContext()).newPage();
    await signInAs(adminPage, first.url, admin.email, admin.password);
    await adminPage.goto(`${first.url}/admin/users`);
    await adminPage.fill('[data-test=invite-form] #email', 'supplier@ovhcloud.example');
    await adminPage.selectOption('[data-test=invite-form] #role', 'supplier');
    await adminPage.fill('[data-test=invite-form] #provider', 'ovhcloud');
    await Promise.all([adminPage.waitForLoadState(), adminPage.click('[data-test=invite-submit]')]);
    const link = (await adminPage.textContent('[data-test=flash-link]'))?.trim() ?? '';
    expect(link).toMatch(/\/invitation\//);

    // The supplier sets a password, signs in and edits the service.
    const supplierPage = await (await browser.newContext()).newPage();
    // The link carries the configured public address; this test server listens elsewhere.
    await supplierPage.goto(`${first.url}${new URL(link).pathname}`);
    await supplierPage.fill('#password', password);
    await supplierPage.fill('#confirm', password);
    await Promise.all([supplierPage.waitForLoadState(), supplierPage.click('[data-test=password-submit]')]);
    await signInAs(supplierPage, first.url, 'supplier@ovhcloud.example', password);
    await supplierPage.goto(`${first.url}/supplier`);
    await Promise.all([
      supplierPage.waitForURL(/\/drafts\/\d+$/),
      supplierPage.click(`[data-test=edit-service][data-service-id=${SERVICE}]`),
    ]);
    const draftUrl = supplierPage.url();

    await supplierPage.goto(`${draftUrl}/contract`);
    await supplierPage.fill('#f-contract-slaAvailabilityPct-value', '99,95');
    await openSourceRow(supplierPage, '#f-contract-slaAvailabilityPct-sources-0-url');
    await supplierPage.fill(
      '#f-contract-slaAvailabilityPct-sources-0-url',
      'https://www.ovhcloud.com/en/terms-and-conditions/contracts/',
    );
    await supplierPage.selectOption('#f-contract-slaAvailabilityPct-sources-0-kind', 'primary');
    await supplierPage.fill('#f-contract-slaAvailabilityPct-sources-0-title', 'OVHcloud Public Cloud SLA');
    await shot(supplierPage, 'section-contract');
    await Promise.all([supplierPage.waitForURL(/\/drafts\/\d+#/), supplierPage.click('[data-test=save]')]);

    await supplierPage.goto(`${draftUrl}/exit`);
    await supplierPage.check('input[name="exit.dataActSwitching.value"][value=true]');
    await openSourceRow(supplierPage, '#f-exit-dataActSwitching-sources-0-url');
    await supplierPage.fill(
      '#f-exit-dataActSwitching-sources-0-url',
      'https://www.ovhcloud.com/en/lp/data-act/',
    );
    await supplierPage.selectOption('#f-exit-dataActSwitching-sources-0-kind', 'primary');
    await Promise.all([supplierPage.waitForURL(/\/drafts\/\d+#/), supplierPage.click('[data-test=save]')]);
    await shot(supplierPage, 'draft');
    await Promise.all([supplierPage.waitForLoadState(), supplierPage.click('[data-test=submit]')]);
    expect(await supplierPage.getAttribute('[data-test=draft-status]', 'data-status')).toBe('submitted');

    // The curator sees the diff and the level change, checks each fact and approves.
    const curatorPage = await (await browser.newContext()).newPage();
    await signInAs(curatorPage, first.url, curator.email, curator.password);
    await curatorPage.goto(`${first.url}/curator`);
    await Promise.all([curatorPage.waitForLoadState(), curatorPage.click('[data-test=submission] a')]);
    const keys = await curatorPage.$$eval('[data-test=change]', (rows) =>
      rows.map((r) => r.getAttribute('data-key')),
    );
    expect(keys.sort()).toEqual(['contract.slaAvailabilityPct', 'exit.dataActSwitching']);
    const openness = curatorPage
      .locator('[data-test=effect][data-service-id=' + SERVICE + '] [data-test=effect-dimension]')
      .nth(2);
    const before = Number(await openness.getAttribute('data-before'));
    const after = Number(await openness.getAttribute('data-after'));
    expect(after).toBeGreaterThan(before);
    expect(await openness.locator('[data-test=moved]').textContent()).toContain('T2');
    const overallAfter = await curatorPage.getAttribute(
      `[data-test=effect][data-service-id=${SERVICE}] [data-test=effect-overall]`,
      'data-after',
    );
    await shot(curatorPage, 'review');
    for (const key of keys) {
      await Promise.all([
        curatorPage.waitForLoadState(),
        curatorPage.click(`[data-test=change][data-key="${key}"] [data-test=check]`),
      ]);
    }
    await Promise.all([curatorPage.waitForLoadState(), curatorPage.click('[data-test=approve]')]);
    expect(await curatorPage.getAttribute('[data-test=draft-status]', 'data-status')).toBe('approved');

    // A buyer sees the new terms, checked by the marketplace, and the new level — on both instances.
    for (const instance of [first, second]) {
      const buyer = await (await browser.newContext()).newPage();
      let sla = buyer.locator('[data-test=fact][data-path="contract.slaAvailabilityPct"]');
      for (let attempt = 0; attempt < 50; attempt++) {
        await buyer.goto(`${instance.url}/services/${SERVICE}`);
        sla = buyer.locator('[data-test=fact][data-path="contract.slaAvailabilityPct"]');
        if ((await sla.count()) > 0 && (await sla.getAttribute('data-state')) === 'value') break;
        await buyer.waitForTimeout(200);
      }
      expect(await sla.textContent()).toMatch(/99,95/);
      expect(await sla.locator('[data-test=fact-provenance]').textContent()).toMatch(
        /gecontroleerd door de marktplaats op \d+ \w+ \d{4}/,
      );
      const switching = buyer.locator(
        '[data-test=fact][data-path="exit.dataActSwitching"] [data-test=fact-provenance]',
      );
      expect(await switching.getAttribute('data-checked')).toBe('true');
      expect(await buyer.getAttribute('[data-test=sovereignty-panel]', 'data-overall')).toBe(overallAfter);
      expect(await buyer.getAttribute('[data-test=dimension][data-dimension=openness]', 'data-level')).toBe(
        String(after),
      );
      await shot(buyer, instance === first ? 'buyer-first' : 'buyer-second');
    }
  }, 300_000);
});
