import { describeInBrowser, useBrowserSession, seriousAxeViolations } from './support/browser';

/**
 * Composing a workplace from the planner in four steps (issue 17): choose a profile, take a suite
 * from the matrix into the composer, say where the self-hosted suite runs, add the missing
 * function from another provider. The result is checked with axe in both languages.
 */
describeInBrowser('solution composer journey', () => {
  const session = useBrowserSession();

  it('composes a workplace from the planner in four steps', async () => {
    const { page, baseUrl } = session;
    // Step 1: the planner with a profile.
    await page.goto(`${baseUrl}/broker/planner?lang=en`);
    await page.check('#profile-internal');
    await page.click('[data-test=broker-submit]');
    await page.waitForSelector('[data-test=matrix]');

    // Step 2: take openDesk (self-hosted, covers twelve functions) into the composer.
    await page.click('[data-test=matrix-column][data-id=opendesk] [data-test=compose-link]');
    await page.waitForSelector('[data-test=solution]');
    expect(new URL(page.url()).pathname).toBe('/solutions');
    expect(await page.textContent('[data-test=sovereignty-provisional]')).toContain('Provisional');

    // Step 3: say where openDesk runs.
    await page.selectOption('select[name="on.opendesk"]', 'ovhcloud-public-cloud-compute');
    await page.click('[data-test=solution-submit]');
    await page.waitForSelector('[data-test=component][data-id=ovhcloud-public-cloud-compute]');
    expect(
      await page.textContent('[data-test=component][data-id=opendesk] [data-test=component-runs-on]'),
    ).toContain('Public Cloud Instances');

    // Step 4: the AI assistant openDesk lacks, from another provider.
    expect(await page.getAttribute('[data-test=coverage-row][data-id=ai-assistant]', 'data-gap')).toBe(
      'true',
    );
    await page.selectOption('select[name="fn.ai-assistant"]', 'mijn-bureau');
    await page.click('[data-test=solution-submit]');
    await page.waitForSelector('[data-test=component][data-id=mijn-bureau]');
    expect(await page.getAttribute('[data-test=coverage-row][data-id=ai-assistant]', 'data-gap')).toBe(
      'false',
    );
    const url = new URL(page.url());
    expect(url.searchParams.get('on.opendesk')).toBe('ovhcloud-public-cloud-compute');
    expect(url.searchParams.get('fn.ai-assistant')).toBe('mijn-bureau');
    expect(await page.textContent('[data-test=sovereignty-summary]')).toMatch(/^Level \d/);
    await session.screenshot('solution-composer');
    expect(session.consoleErrors).toEqual([]);

    for (const lang of ['en', 'nl']) {
      url.searchParams.set('lang', lang);
      await page.goto(url.toString());
      expect(await seriousAxeViolations(page)).toEqual([]);
    }
  }, 180_000);
});
