/**
 * An author's statistics in Chromium: after two weeks of visits and kudos (each day on the archive's clock, the
 * hit buffer flushed as the server would), the author opens Statistics from the member menu, sees the charts,
 * picks one work and the last 7 days, sorts by kudos and opens the chart's table. The page has no axe-core
 * violations in light and dark with the chart's table open (closed, it shows less of the same page), and does not
 * scroll sideways at 320 and 375 px.
 * SCREENSHOT_DIR=… saves screenshots at 1280 and 375 px, light and dark.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { browserSkip, useBrowserArchive, axeInBothSchemes, logIn, saveScreenshot } from '../support/browser.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import { createHitCounter } from '../../src/services/hit-counter.ts';

const SHOTS = process.env.SCREENSHOT_DIR;
const PASSWORD = 'a long test passphrase';
const DAY = 86_400_000;

describe('author statistics in Chromium', { skip: browserSkip }, () => {
  const env = useBrowserArchive({ prepare: async (archive) => {
    const start = Date.now();
    let clock = start - 14 * DAY;
    archive.app.ctx.now = () => clock;
    archive.app.hits = createHitCounter(archive.app.db, { now: () => clock });
    const writer = archive.visitor();
    await writer.register('writer');
    const ids: number[] = [];
    for (const title of ['A Winter Crossing', 'The Lighthouse Keeper’s Very Long Second Daughter', 'Embers']) {
      ids.push(workIdOf((await writer.post('/works', workForm({ 'work[title]': title }))).headers.location));
    }
    // Each day a different number of guests reads, and now and then a reader leaves kudos.
    for (let d = 0; d <= 14; d++) {
      clock = start - (14 - d) * DAY;
      const guests = 1 + ((d * 7) % 9);
      for (let g = 0; g < guests; g++) await archive.visitor(`203.0.113.${d * 10 + g}`).get(`/works/${ids[g % ids.length]}`);
      if (d % 3 === 0) {
        // Each reader signs up on the day they leave kudos (sessions follow the archive's clock).
        const reader = archive.visitor(`198.51.100.${d}`);
        await reader.register(`reader${d}`);
        assert.equal((await reader.post(`/works/${ids[d % 2]}/kudos`)).statusCode, 303);
      }
      await archive.app.hits.flush();
    }
    archive.app.ctx.now = Date.now;
    const fan = archive.visitor('198.51.100.99');
    await fan.register('fan');
    assert.equal((await fan.post(`/works/${ids[2]}/bookmarks`, { 'bookmark[notes]': 'warm' })).statusCode, 303);
    assert.equal((await fan.post(`/works/${ids[2]}/comments`, { 'comment[content]': 'Lovely.' })).statusCode, 303);
  } });

  test('the author finds the statistics, narrows the chart and sorts the works, without JavaScript', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await logIn(page, env.base, 'writer', PASSWORD);
    await page.locator('.user-menu > summary').click();
    await page.getByRole('link', { name: 'Statistics' }).click();
    await page.waitForURL(`${env.base}/users/writer/stats`);
    assert.equal(await page.getByRole('img', { name: 'Hits per day' }).count(), 1);
    assert.equal(await page.getByRole('img', { name: 'Kudos per day' }).count(), 1);
    assert.equal(await page.locator('table.chart-table tbody tr').count(), 30);

    await page.getByLabel('Days').selectOption('7');
    await page.getByLabel('Work', { exact: true }).selectOption({ label: 'Embers' });
    await page.getByRole('button', { name: 'Show chart' }).click();
    assert.match(page.url(), /range=7/);
    assert.match(await page.locator('.chart-span').textContent() ?? '', /The last 7 days, .*“Embers”/);
    assert.equal(await page.locator('table.chart-table tbody tr').count(), 7);

    await page.getByRole('link', { name: /^Kudos/ }).click();
    assert.equal(await page.locator('th.kudos').getAttribute('aria-sort'), 'descending');
    assert.match(page.url(), /range=7/, 'sorting keeps the chart\'s choices');
    const kudos = await page.locator('tbody td.kudos').allTextContents();
    assert.deepEqual(kudos.map(Number), kudos.map(Number).sort((a, b) => b - a));
    await page.locator('details.chart-data > summary').click();
    assert.ok(await page.locator('table.chart-table').isVisible());
    await context.close();
  });

  test('the page is axe-clean in light and dark and fits 320 and 375 px', async () => {
    const paths = ['/users/writer/stats', '/users/writer/stats?range=365&sort_column=title&sort_direction=asc'];
    const context = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true });
    const page = await context.newPage();
    await logIn(page, env.base, 'writer', PASSWORD);
    for (const path of paths) {
      assert.equal((await page.goto(`${env.base}${path}`))?.status(), 200);
      await page.locator('details.chart-data > summary').click();
      const violations = await axeInBothSchemes(page);
      assert.deepEqual(violations, [], `${path} as writer: ${JSON.stringify(violations, null, 1)}`);
    }
    await context.close();
    // Without JavaScript, logged in once; the width changes by resizing the page, the color scheme by emulation.
    const plain = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
    const narrow = await plain.newPage();
    await logIn(narrow, env.base, 'writer', PASSWORD);
    await narrow.goto(`${env.base}/users/writer/stats`);
    for (const width of SHOTS ? [320, 375, 1280] : [320, 375]) {
      await narrow.setViewportSize({ width, height: 800 });
      const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `${width} px scrolls sideways by ${overflow}px`);
      if (SHOTS) {
        for (const colorScheme of ['light', 'dark'] as const) {
          await narrow.emulateMedia({ colorScheme });
          if (width !== 320) await saveScreenshot(narrow, `stats-${width}-${colorScheme}`);
          if (width === 375) await narrow.locator('.charts').screenshot({ path: join(SHOTS, `stats-charts-${width}-${colorScheme}.png`) });
        }
        await narrow.emulateMedia({ colorScheme: 'light' });
      }
    }
    await plain.close();
  });
});
