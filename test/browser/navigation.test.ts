/**
 * Finding your way in Chromium, at 1280 and 375 px, with JavaScript on and off: from the home page a reader reaches
 * a fandom's works through the header in two clicks; the member menu opens without JavaScript, by mouse and by
 * keyboard, and (with it) closes on Escape and outside clicks. The home page, the fandom index, a media type's
 * fandoms, the tag search and a tag page have no axe-core violations in light and dark, nothing scrolls sideways
 * at 320 or 375 px. SCREENSHOT_DIR=… saves screenshots at 1280 and 375 px, light and dark, guest and member.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { browserSkip, useBrowserArchive, axeInBothSchemes, logIn, saveScreenshot } from '../support/browser.ts';
import { workForm } from '../support/works.ts';
import { ADMIN_PASSWORD } from '../support/archive.ts';
import type { Client } from '../support/client.ts';

const SHOTS = process.env.SCREENSHOT_DIR;
const PASSWORD = 'a long test passphrase';
const PAGES = ['/', '/media', '/media/TV%20Shows/fandoms', '/tags/search?tag_search%5Bname%5D=star', '/tags/Star%20Trek'];

describe('finding your way in Chromium', { skip: browserSkip }, () => {
  const env = useBrowserArchive({ prepare: async (archive) => {
    const admin = archive.visitor('192.0.2.10');
    await admin.login('admin', ADMIN_PASSWORD);
    const writer = archive.visitor('192.0.2.11');
    await writer.register('captain_writer');
    const reader = archive.visitor('192.0.2.12');
    await reader.register('deck_reader');
    const post = (client: Client, title: string, fandom: string, extra: Record<string, string> = {}) =>
      client.post('/works', workForm({ 'work[title]': title, 'work[fandom_string]': fandom, ...extra }));
    for (let i = 1; i <= 3; i++) await post(writer, `Bridge Log ${i}`, 'Star Trek', { 'work[character_string]': 'Spock, Uhura' });
    await post(writer, 'Blue Box', 'Doctor Who');
    await post(writer, 'Odyssey Two', '2001 Nights');
    await post(writer, 'A Very Long Fandom Name To Wrap', 'The Extraordinarily Long-Named Chronicles of the Far Distant Future Fleet');
    await post(writer, 'Members Only Log', 'Star Trek', { 'work[visibility]': 'registered' });
    for (const f of ['Star Trek', 'Doctor Who', '2001 Nights', 'The Extraordinarily Long-Named Chronicles of the Far Distant Future Fleet']) {
      await admin.post(`/tags/${encodeURIComponent(f)}/canonical`, { 'tag[canonical]': '1' });
      await admin.post(`/tags/${encodeURIComponent(f)}/media`, { 'tag[media]': 'TV Shows' });
    }
    for (const c of ['Spock', 'Uhura']) {
      await admin.post(`/tags/${c}/canonical`, { 'tag[canonical]': '1' });
      await admin.post(`/tags/${c}/parents`, { 'tag[parent]': 'Star Trek' });
    }
    for (let i = 1; i <= 3; i++) await archive.visitor(`198.18.9.${i}`).post(`/works/${i}/kudos`);
    await reader.post('/works/2/kudos');
    await reader.post('/works/1/comments', { 'comment[content]': 'Loved the bridge scenes.' });
  } });


  const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  async function context(o: { width: number; js: boolean; member?: string; axe?: boolean }): Promise<{ ctx: BrowserContext; page: Page }> {
    const ctx = await env.browser.newContext({ javaScriptEnabled: o.js, viewport: { width: o.width, height: 800 }, bypassCSP: o.axe ?? false });
    const page = await ctx.newPage();
    if (o.member) await logIn(page, env.base, o.member, o.member === 'admin' ? ADMIN_PASSWORD : PASSWORD);
    return { ctx, page };
  }

  test('from the home page a reader reaches a fandom\'s works through the header in two clicks', async () => {
    for (const js of [true, false]) {
      for (const member of [undefined, 'deck_reader']) {
        const { ctx, page } = await context({ width: 1280, js, member });
        for (const width of [1280, 375]) {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(`${env.base}/`);
          await page.getByRole('navigation', { name: 'Browse' }).getByRole('link', { name: 'Fandoms' }).click();
          await page.waitForURL(`${env.base}/media`);
          await page.locator('li.media-card', { hasText: 'TV Shows' }).getByRole('link', { name: 'Star Trek' }).click();
          await page.waitForURL(`${env.base}/tags/Star%20Trek/works`);
          const heading = await page.locator('h1').first().textContent();
          assert.match(heading ?? '', member ? /4 Works in Star Trek/ : /3 Works in Star Trek/, `${width} px, JS ${js}, ${member ?? 'guest'}`);
          assert.equal(await sideways(page), 0, `${width} px`);
        }
        await ctx.close();
      }
    }
  });

  test('the member menu opens without JavaScript, by mouse and keyboard; with it, Escape and outside clicks close it', async () => {
    const noJs = await context({ width: 1280, js: false, member: 'captain_writer' });
    for (const width of [1280, 375]) {
      const page = noJs.page;
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${env.base}/`);
      const menu = page.locator('details.user-menu');
      const bookmarks = menu.getByRole('link', { name: 'Bookmarks' });
      assert.equal(await bookmarks.isVisible(), false, 'closed at first');
      assert.match(await menu.locator('summary').textContent() ?? '', /captain_writer\s*1 unread/);
      await menu.locator('summary').click();
      assert.equal(await bookmarks.isVisible(), true);
      assert.equal(await sideways(page), 0, `open menu at ${width} px`);
      const box = await menu.locator('ul').boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= width, `the open menu fits the screen at ${width} px: ${JSON.stringify(box)}`);
      await saveScreenshot(page, `menu-open-${width}-light`);
      await bookmarks.click();
      await page.waitForURL(`${env.base}/users/captain_writer/bookmarks`);
      // Keyboard: focus the toggle, Enter opens, Tab reaches the first link.
      await menu.locator('summary').focus();
      await page.keyboard.press('Enter');
      assert.equal(await menu.getAttribute('open'), '');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'My profile');
    }
    await noJs.ctx.close();
    const { ctx, page } = await context({ width: 1280, js: true, member: 'captain_writer' });
    const menu = page.locator('details.user-menu');
    await menu.locator('summary').click();
    assert.equal(await menu.getAttribute('open'), '');
    await page.keyboard.press('Escape');
    assert.equal(await menu.getAttribute('open'), null, 'Escape closes it');
    assert.equal(await page.evaluate(() => document.activeElement?.closest('summary') !== null), true, 'focus back on the toggle');
    await menu.locator('summary').click();
    await page.locator('main h1').click();
    assert.equal(await menu.getAttribute('open'), null, 'a click outside closes it');
    await ctx.close();
  });

  test('the ways in have no axe-core violations in light and dark (menu open too), and never scroll sideways', async () => {
    for (const member of [undefined, 'deck_reader']) {
      const { ctx, page } = await context({ width: 1280, js: true, member, axe: true });
      for (const path of PAGES) {
        const res = await page.goto(`${env.base}${path}`);
        assert.equal(res?.status(), 200, path);
        const violations = await axeInBothSchemes(page);
        assert.deepEqual(violations, [], `${path} (${member ?? 'guest'}): ${JSON.stringify(violations, null, 1)}`);
      }
      if (member) {
        await page.locator('details.user-menu > summary').click();
        const violations = await axeInBothSchemes(page);
        assert.deepEqual(violations, [], `open menu: ${JSON.stringify(violations, null, 1)}`);
      }
      await page.goto(`${env.base}/tags/search?tag_search%5Btype%5D=Bogus`);
      const violations = await axeInBothSchemes(page);
      assert.deepEqual(violations, [], `tag search refused (${member ?? 'guest'}): ${JSON.stringify(violations, null, 1)}`);
      await ctx.close();
    }
    for (const member of [undefined, 'deck_reader']) {
      const { ctx, page } = await context({ width: 320, js: false, member });
      // Each page loaded once and resized through the widths (layout follows the viewport; no reload needed).
      for (const path of PAGES) {
        await page.goto(`${env.base}${path}`);
        for (const width of SHOTS ? [320, 375, 1280] : [320, 375]) {
          await page.setViewportSize({ width, height: 800 });
          for (const colorScheme of SHOTS ? ['light', 'dark'] as const : ['light'] as const) {
            await page.emulateMedia({ colorScheme });
            assert.equal(await sideways(page), 0, `${path} at ${width} px (${colorScheme}) scrolls sideways`);
            if (width !== 320) await saveScreenshot(page, `${path.replace(/\W+/g, '_')}-${width}-${colorScheme}-${member ? 'member' : 'guest'}`);
          }
          await page.emulateMedia({ colorScheme: 'light' });
        }
      }
      await ctx.close();
    }
  });
});
