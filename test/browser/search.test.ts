/**
 * Search in Chromium: the header box finds a line of chapter text; a phrase is sorted by kudos and narrowed to a
 * rating in the filter panel without JavaScript at 1280 and 375 px; the results and the advanced form have no
 * axe-core violations in light and dark and do not scroll sideways. SCREENSHOT_DIR=… saves screenshots.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { browserSkip, useBrowserArchive, axeInBothSchemes, saveScreenshot } from '../support/browser.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import { sql } from '../../src/storage/sql.ts';

const SHOTS = process.env.SCREENSHOT_DIR;
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Works with "silver bell" in their text: title, rating and kudos. */
const BELLS: [string, string, number][] = [
  ['Bell of the North Tower', 'Teen And Up Audiences', 3], ['Two Bells at Dusk', 'Teen And Up Audiences', 9], ['The Bell Garden', 'General Audiences', 20],
  ['A Quiet Bell', 'Teen And Up Audiences', 1], ['Bell and Ember', 'Mature', 5],
];

describe('search in Chromium', { skip: browserSkip }, () => {
  const env = useBrowserArchive({
    async prepare(archive) {
      const author = archive.visitor();
      await author.register('seeker');
      await author.post('/works', workForm({ 'work[title]': 'The Glass Orchard', 'chapter[content]': 'Apples of glass rang like bells in the wind.' }));
      for (const [title, rating, kudos] of BELLS) {
        const id = workIdOf((await author.post('/works', workForm({ 'work[title]': title, 'work[rating_string]': rating, 'chapter[content]': `At the harbour a silver bell rang for ${title}.` }))).headers.location);
        await archive.app.db.run(sql`UPDATE works SET kudos_count = ${kudos} WHERE id = ${id}`);
      }
    },
  });

  test('the header box finds a line of chapter text; the page is accessible and fits 320 px', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${env.base}/`);
    await page.getByRole('search', { name: 'Site' }).getByLabel('Search works').fill('"rang like bells"');
    await page.getByRole('search', { name: 'Site' }).getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/works\/search\?/);
    assert.equal(await page.locator('h1.heading').textContent(), '1 Work found');
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
    await checked.goto(searchUrl);
    const violations = await axeInBothSchemes(checked);
    assert.deepEqual(violations, [], `${searchUrl} as a guest: ${JSON.stringify(violations, null, 1)}`);
    await scripted.close();
  });

  test('a phrase sorted by kudos and narrowed to a rating, without JavaScript, at 1280 and 375 px; accessible in light and dark', async () => {
    const urls: string[] = [];
    // One page without JavaScript; the width changes by resizing it.
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    for (const [width, height] of [[1280, 900], [375, 800]] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`${env.base}/`);
      await page.getByRole('search', { name: 'Site' }).getByLabel('Search works').fill('"silver bell"');
      await page.getByRole('search', { name: 'Site' }).getByRole('button', { name: 'Search' }).click();
      await page.waitForURL(/\/works\/search\?/);
      assert.equal(await page.locator('h1.heading').textContent(), '5 Works found');
      const panel = page.locator('details.filter-panel');
      // Below 1024 px the panel is one button above the works; above, it stands open beside them.
      const toggle = panel.locator('summary.filter-toggle');
      if (width < 1024) {
        assert.ok(await toggle.isVisible());
        const top = await toggle.boundingBox();
        assert.ok(top && top.y + top.height <= height, `the Sort and filter button is on the first screen (${top?.y})`);
        await toggle.click();
      } else {
        assert.ok(!(await toggle.isVisible()));
        const box = await panel.boundingBox();
        assert.ok(box && box.x > 600 && box.y < height, `the panel is beside the works on the first screen (${box?.x}, ${box?.y})`);
      }
      await panel.getByLabel('Sort by').selectOption('kudos_count');
      await panel.locator('details.facet.rating.include > summary').click();
      await panel.getByRole('group', { name: 'Include Ratings' }).getByLabel(/Teen And Up Audiences/).check();
      await panel.getByRole('button', { name: 'Sort and Filter' }).first().click();
      await page.waitForURL(/kudos_count/);
      assert.equal(await page.locator('h1.heading').textContent(), '3 Works found');
      assert.deepEqual(await page.locator('li[id^="work_"] h4.heading a[href^="/works/"]').allTextContents(), ['Two Bells at Dusk', 'Bell of the North Tower', 'A Quiet Bell']);
      assert.match(await page.locator('.search-snippet mark').first().textContent() ?? '', /^silver/);
      assert.equal(await overflow(page), 0, `the results scroll sideways at ${width} px`);
      await saveScreenshot(page, `search-results-${width}`);
      urls.push(page.url());
      await page.getByRole('link', { name: 'Advanced search' }).click();
      assert.equal(await page.getByLabel('Any field').inputValue(), '"silver bell"');
      assert.equal(await page.getByLabel('Sort by').inputValue(), 'kudos_count');
      assert.equal(await overflow(page), 0, `the advanced form scrolls sideways at ${width} px`);
      await saveScreenshot(page, `search-advanced-${width}`);
      urls.push(page.url());
    }
    await context.close();
    // A request with things search cannot use: the page says so above the results, the filter kept.
    urls.push(`${env.base}/works/search?${new URLSearchParams({ 'work_search[query]': '"silver bell"', 'work_search[sort_column]': 'bogus', 'work_search[other_tag_names]': 'No Such Tag', page: '7' })}`);
    const scripted = await env.browser.newContext({ bypassCSP: true });
    const checked = await scripted.newPage();
    for (const [width, height] of [[1280, 900], [375, 800]] as const) {
      await checked.setViewportSize({ width, height });
      for (const url of urls) {
        await checked.goto(url);
        const violations = await axeInBothSchemes(checked);
        assert.deepEqual(violations, [], `${url} as a guest at ${width} px: ${JSON.stringify(violations, null, 1)}`);
      }
      if (SHOTS) {
        for (const [i, name] of ['results', 'advanced', 'problems'].entries()) {
          await checked.goto(urls[i === 2 ? urls.length - 1 : i]!);
          for (const colorScheme of ['light', 'dark'] as const) {
            await checked.emulateMedia({ colorScheme });
            await saveScreenshot(checked, `search-${name}-${width}-${colorScheme}-js`);
          }
          await checked.emulateMedia({ colorScheme: 'light' });
        }
      }
    }
    // With JavaScript the advanced form's tag fields suggest tags (progressive: they are plain text fields without it).
    await checked.goto(urls[1]!);
    await checked.getByLabel('Tags', { exact: true }).fill('Sno');
    await checked.getByRole('option', { name: /^Snow/ }).first().waitFor();
    await scripted.close();
  });
});
