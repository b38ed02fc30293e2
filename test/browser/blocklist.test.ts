/**
 * The blocklist in Chromium: a reader who muted a writer and hid a tag sees on /works how many works were hidden
 * and that their default filter applied (and follows "show all"), an author page that says why it lists nothing,
 * and the muted writer's comment folded in its thread, opened with a click and no JavaScript. No axe-core
 * violations in light and dark; nothing scrolls sideways at 320 and 375 px. SCREENSHOT_DIR=… saves screenshots at
 * 1280 and 375 px, light and dark.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSkip, useBrowserArchive, axeInBothSchemes, logIn, saveScreenshot } from '../support/browser.ts';
import { workForm } from '../support/works.ts';

const SHOTS = process.env.SCREENSHOT_DIR;
const PASSWORD = 'a long test passphrase';

describe('the blocklist, visible, in Chromium', { skip: browserSkip }, () => {
  const env = useBrowserArchive({ prepare: async (archive) => {
    const writer = archive.visitor('198.51.100.60');
    await writer.register('writer');
    const muted = archive.visitor('198.51.100.61');
    await muted.register('loud_neighbour');
    const reader = archive.visitor('198.51.100.62');
    await reader.register('reader');
    const post = (client: typeof writer, fields: Record<string, string>) => client.post('/works', workForm({ 'work[fandom_string]': 'Harbour Town', ...fields }));
    await post(writer, { 'work[title]': 'The Lighthouse Keeper', 'work[freeform_string]': 'Fluff', 'work[wip_length]': '?' });
    await post(writer, { 'work[title]': 'Quiet Hours', 'work[freeform_string]': 'Fluff' });
    await post(writer, { 'work[title]': 'Red Tide', 'work[freeform_string]': 'Graphic Violence' });
    for (const title of ['Shouting Match', 'Another Loud Night']) await post(muted, { 'work[title]': title });
    await muted.post('/works/1/comments', { 'comment[content]': 'Something the reader would rather not read today.' });
    await writer.post('/works/1/comments', { 'comment[content]': 'Thank you for reading!', 'comment[parent_id]': '1' });
    await reader.post('/works/1/comments', { 'comment[content]': 'A lovely, calm story.' });
    await reader.post('/settings/blocklist', { 'block[kind]': 'user', 'block[name]': 'loud_neighbour' });
    await reader.post('/settings/blocklist', { 'block[kind]': 'tag', 'block[name]': 'Graphic Violence' });
    await reader.post('/settings/filters', { 'filter[name]': 'Finished works', 'filter[query]': 'work_search[complete]=T' });
    const filters = await reader.get('/settings/filters');
    const action = /action="(\/settings\/filters\/\d+\/default)"/.exec(filters.body)![1]!;
    await reader.post(action, {});
  } });


  test('the notices lead somewhere, and a muted comment opens without JavaScript', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await logIn(page, env.base, 'reader', PASSWORD);
    await page.goto(`${env.base}/works`);
    assert.equal((await page.locator('.blocklist-notice').textContent())?.trim(), '3 works hidden by your blocklist.');
    assert.match(await page.locator('.default-filter-notice').textContent() ?? '', /Filtered by your default filter — show all/);
    assert.deepEqual(await page.locator('li.blurb h4 a[href^="/works/"]').allTextContents(), ['Quiet Hours']);
    await page.locator('.default-filter-notice').getByRole('link', { name: 'show all' }).click();
    await page.waitForURL(/\/works\?page=1$/);
    assert.equal(await page.locator('.default-filter-notice').count(), 0);
    assert.deepEqual((await page.locator('li.blurb h4 a[href^="/works/"]').allTextContents()).sort(), ['Quiet Hours', 'The Lighthouse Keeper']);
    await page.locator('.blocklist-notice').getByRole('link', { name: 'your blocklist' }).click();
    await page.waitForURL(/\/settings\/blocklist$/);

    await page.goto(`${env.base}/users/loud_neighbour`);
    assert.equal((await page.locator('#works-heading').textContent())?.trim(), 'Works by loud_neighbour');
    assert.match(await page.locator('.works-listing').textContent() ?? '', /2 works hidden by your blocklist\.[\s\S]*Every work here is hidden by your blocklist\./);

    await page.goto(`${env.base}/works/1/comments`);
    const fold = page.locator('#comment_1 details.muted-comment');
    const text = page.getByText('Something the reader would rather not read today.');
    assert.equal(await text.isVisible(), false, 'folded at first');
    assert.equal((await fold.locator('summary').innerText()).trim(), 'Comment from a muted user — show');
    assert.equal(await page.getByText('Thank you for reading!').isVisible(), true, 'the reply below it is shown');
    await fold.locator('summary').click();
    assert.equal(await text.isVisible(), true, 'opened by the summary');
    assert.equal((await fold.locator('summary').innerText()).trim(), 'Comment from a muted user — hide');
    await context.close();
  });

  const pages = ['/works', '/users/loud_neighbour', '/works/1/comments', '/works/1', '/users/writer/works'];

  test('no axe-core violations in light and dark, folded and open', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true });
    const page = await context.newPage();
    await logIn(page, env.base, 'reader', PASSWORD);
    for (const path of pages) {
      assert.equal((await page.goto(`${env.base}${path}`))?.status(), 200, path);
      const violations = await axeInBothSchemes(page);
      assert.deepEqual(violations, [], `${path} as reader: ${JSON.stringify(violations, null, 1)}`);
    }
    await page.goto(`${env.base}/works/1/comments`);
    await page.locator('#comment_1 summary').click();
    const violations = await axeInBothSchemes(page);
    assert.deepEqual(violations, [], `an opened muted comment as reader: ${JSON.stringify(violations, null, 1)}`);
    await context.close();
  });

  test('nothing scrolls sideways at 320 and 375 px; screenshots at 1280 and 375 px', async () => {
    // One context and login; each width by resizing the page and loading each page again, the dark shots by
    // emulating the color scheme on the loaded page.
    const schemes = SHOTS ? ['light', 'dark'] as const : ['light'] as const;
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await logIn(page, env.base, 'reader', PASSWORD);
    for (const width of SHOTS ? [320, 375, 1280] : [320, 375]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of pages) {
        await page.goto(`${env.base}${path}`);
        if (path === '/works/1/comments') {
          for (const colorScheme of schemes) {
            await page.emulateMedia({ colorScheme });
            if (width !== 320) await saveScreenshot(page, `muted-folded-${width}-${colorScheme}`);
          }
          await page.locator('#comment_1 summary').click();
        }
        for (const colorScheme of schemes) {
          await page.emulateMedia({ colorScheme });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.equal(overflow, 0, `${path} at ${width} px (${colorScheme}) scrolls sideways by ${overflow}px`);
          if (width !== 320) await saveScreenshot(page, `${path.replace(/\W+/g, '_')}-${width}-${colorScheme}`);
        }
      }
    }
    await context.close();
  });
});
