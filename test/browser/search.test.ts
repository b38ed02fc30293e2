import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSkip, useBrowserArchive, axeViolations, contractExempt } from '../support/browser.ts';
import { workForm } from '../support/works.ts';

describe('search in Chromium', { skip: browserSkip }, () => {
  const env = useBrowserArchive({
    async prepare(archive) {
      const author = archive.visitor();
      await author.register('seeker');
      await author.post('/works', workForm({ 'work[title]': 'The Glass Orchard', 'chapter[content]': 'Apples of glass rang like bells in the wind.' }));
    },
  });

  test('the header box finds a line of chapter text; the page is accessible and fits 320 px', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${env.base}/`);
    await page.getByRole('search', { name: 'Site' }).getByLabel('Search works').fill('"rang like bells"');
    await page.getByRole('search', { name: 'Site' }).getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/works\/search\?/);
    assert.equal(await page.locator('h2.heading').first().textContent(), '1 Found');
    assert.match(await page.locator('.search-snippet mark').first().textContent() ?? '', /^rang/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `the search page scrolls sideways by ${overflow}px`);
    const searchUrl = page.url();
    await page.getByRole('link', { name: 'Read where this appears' }).click();
    assert.match(page.url(), /\/works\/\d+\/chapters\/\d+$/);
    await context.close();
    // axe runs as a script, so the accessibility check needs JavaScript on.
    const scripted = await env.browser.newContext({ bypassCSP: true });
    const checked = await scripted.newPage();
    for (const colorScheme of ['light', 'dark'] as const) {
      await checked.emulateMedia({ colorScheme });
      await checked.goto(searchUrl);
      assert.deepEqual(contractExempt(await axeViolations(checked)), [], colorScheme);
    }
    await scripted.close();
  });
});
