/**
 * History and Marked for Later in Chromium: a reader marks a two-chapter work for later from its page, reads it to
 * the last chapter (the mark clears once the history is flushed), and finds it in their History; the pages pass
 * axe in light and dark and do not scroll sideways at 375 px. SCREENSHOT_DIR=… saves screenshots at 1280 and 375 px.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { workForm } from '../support/works.ts';
import { chapterForm, workIdOf } from '../support/chapters.ts';
import { browserSkip, useBrowserArchive, axeInBothSchemes, logIn, saveScreenshot } from '../support/browser.ts';

const PASSWORD = 'a long test passphrase';

describe('history and Marked for Later in Chromium', { skip: browserSkip }, () => {
  let workId: number;
  const env = useBrowserArchive({ prepare: async (archive) => {
    const author = archive.visitor();
    await author.register('hist_author');
    workId = workIdOf((await author.post('/works', workForm({ 'work[title]': 'A Long Winter Road', 'work[wip_length]': '2' }))).headers.location);
    await author.post(`/works/${workId}/chapters`, chapterForm({ 'chapter[title]': 'The Thaw' }));
    const other = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Second Helping, With A Rather Long Title To See How It Wraps' }))).headers.location);
    const reader = archive.visitor('203.0.113.30');
    await reader.register('hist_reader');
    const gone = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Gone Tomorrow' }))).headers.location);
    await reader.get(`/works/${gone}`);
    await reader.get(`/works/${other}`);
    await archive.app.readings.flush();
    // Deleted after the reader opened it: the History keeps the visit but not the title.
    await author.post(`/works/${gone}/delete`);
  } });

  test('mark for later, read to the end, the mark clears and the History lists the work', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await logIn(page, env.base, 'hist_reader', PASSWORD);
    await page.goto(`${env.base}/works/${workId}`);
    await page.locator('ul.work.navigation li.mark').getByRole('button', { name: 'Mark for Later' }).click();
    await page.locator('.flash').filter({ hasText: 'This work was added to your Marked for Later list.' }).waitFor();
    assert.equal(new URL(page.url()).pathname, `/works/${workId}`);
    await page.locator('summary').filter({ hasText: 'hist_reader' }).click();
    await page.getByRole('link', { name: 'Marked for Later' }).click();
    assert.equal(await page.locator('h1').textContent(), 'Marked for Later');
    await page.locator(`li#work_${workId}`).getByRole('link', { name: 'A Long Winter Road' }).click();
    await page.getByRole('link', { name: /Next chapter/ }).click();
    await page.locator('h3').filter({ hasText: 'The Thaw' }).first().waitFor();
    // The last chapter: the page already offers Mark for Later again; the list follows once the visit is written.
    assert.equal(await page.locator('li.mark').getByRole('button', { name: 'Mark for Later' }).count(), 1);
    await env.archive.app.readings.flush();
    await page.goto(`${env.base}/users/hist_reader/readings?show=to-read`);
    assert.equal(await page.locator(`li#work_${workId}`).count(), 0);
    await page.locator('p.empty').filter({ hasText: 'You have not marked any works for later.' }).waitFor();
    await page.getByRole('link', { name: 'History', exact: true }).click();
    const entry = page.locator(`li#work_${workId}`);
    // Four visits: the work page, its reload after marking, the blurb's link, and the last chapter.
    await entry.locator('p.viewed').filter({ hasText: 'Visited 4 times' }).waitFor();
    assert.equal(await page.locator('ol.reading > li').first().getAttribute('id'), `work_${workId}`, 'last visit first');
    await context.close();

    // Mark it again so the screenshots show both states. One page, logged in once: the width changes by resizing it.
    const checked = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const p = await checked.newPage();
    await logIn(p, env.base, 'hist_reader', PASSWORD);
    await p.goto(`${env.base}/works/${workId}`);
    await p.locator('li.mark').getByRole('button', { name: 'Mark for Later' }).click();
    await p.locator('.flash').waitFor();
    for (const width of [1280, 375]) {
      await p.setViewportSize({ width, height: 900 });
      for (const [name, path] of [['history', '/users/hist_reader/readings'], ['to-read', '/users/hist_reader/readings?show=to-read'], ['work', `/works/${workId}`], ['settings', '/settings/reading']] as const) {
        await p.goto(`${env.base}${path}`);
        const violations = await axeInBothSchemes(p);
        assert.deepEqual(violations, [], `${path} as hist_reader (${width} px): ${JSON.stringify(violations, null, 1)}`);
        const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, `${path} scrolls sideways at ${width} px`);
        if (process.env.SCREENSHOT_DIR) {
          for (const colorScheme of ['light', 'dark'] as const) {
            await p.emulateMedia({ colorScheme });
            await saveScreenshot(p, `readings-${name}-${width}-${colorScheme}`);
          }
          await p.emulateMedia({ colorScheme: 'light' });
        }
      }
    }
    await checked.close();
  });
});
