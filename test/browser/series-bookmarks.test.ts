/**
 * Series bookmarks and gift notices in Chromium: a reader with two pseuds bookmarks a series from its page as their
 * second pseud, sees the count and the edit form, finds the bookmark on the series' bookmarks and their own bookmarks
 * page, and reads the gift notice in their inbox. The series page (new and edit form open), the bookmarks pages and
 * the inbox have no axe-core violations in light and dark and no sideways scroll at 320 and 375 px.
 * SCREENSHOT_DIR=… saves screenshots at 320, 375 and 1280 px, light and dark.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { browserSkip, useBrowserArchive, axeInBothSchemes, logIn, saveScreenshot } from '../support/browser.ts';
import { workForm } from '../support/works.ts';

const PASSWORD = 'a long test passphrase';
const SHOTS = Boolean(process.env.SCREENSHOT_DIR);

describe('series bookmarks and gift notices in Chromium', { skip: browserSkip }, () => {
  const env = useBrowserArchive({ prepare: async (archive) => {
    const writer = archive.visitor();
    const reader = archive.visitor();
    const other = archive.visitor();
    await writer.register('writer');
    await reader.register('reader');
    await other.register('other');
    await reader.post('/users/reader/pseuds', { 'pseud[name]': 'Night Owl' });
    for (const title of ['Spring', 'Summer']) await writer.post('/works', workForm({ 'work[title]': title, 'work[series_title]': 'Seasons', 'work[summary]': 'A year, slowly.' }));
    await writer.post('/works', workForm({ 'work[title]': 'A Gift of Honey', 'work[recipients]': 'reader' }));
  } });

  const pageFor = async (login: string | undefined, options: Parameters<typeof env.browser.newContext>[0] = {}): Promise<Page> => {
    const context = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true, ...options });
    const page = await context.newPage();
    if (login) await logIn(page, env.base, login, PASSWORD);
    return page;
  };

  test('the reader bookmarks the series as a second pseud, edits it, finds it listed, and reads the gift notice', async () => {
    const page = await pageFor('reader');
    await page.goto(`${env.base}/series/1`);
    assert.equal(await page.locator('dl.stats dd.bookmarks a').textContent(), '0');
    await page.getByText('Bookmark this series').click();
    await page.getByLabel('Bookmark as').selectOption({ label: 'Night Owl' });
    await page.getByLabel('Notes').fill('Read it every <em>spring</em>.');
    await page.getByLabel('Your tags').fill('seasonal, comfort');
    await page.getByLabel('Recommend it').check();
    await page.getByRole('button', { name: 'Save bookmark' }).click();
    await page.waitForURL(`${env.base}/series/1`);
    assert.match(await page.locator('.flash').textContent() ?? '', /Your bookmark is saved/);
    assert.equal(await page.locator('dl.stats dd.bookmarks a').textContent(), '1');
    await page.getByText('Edit your bookmark').click();
    assert.equal(await page.getByLabel('Your tags').inputValue(), 'seasonal, comfort');
    await page.getByLabel('Your tags').fill('seasonal, comfort, reread');
    await page.getByRole('button', { name: 'Update bookmark' }).click();
    await page.waitForURL(`${env.base}/series/1`);
    await page.locator('dl.stats dd.bookmarks a').click();
    await page.waitForURL(`${env.base}/series/1/bookmarks`);
    assert.match(await page.locator('li.blurb').textContent() ?? '', /Night Owl \(reader\)[\s\S]*seasonal, comfort, reread[\s\S]*Read it every spring\./);
    await page.goto(`${env.base}/users/reader/bookmarks`);
    assert.deepEqual(await page.locator('li.bookmark.series h2.heading a[href="/series/1"]').allTextContents(), ['Seasons']);
    await page.goto(`${env.base}/inbox`);
    assert.match(await page.locator('li.notice-item').first().textContent() ?? '', /writer gave you a gift: A Gift of Honey/);
    await page.context().close();
  });

  /** Every page: path, who looks, and whether to open the bookmark form. */
  const PAGES: [string, string | undefined, boolean][] = [
    ['/series/1', 'other', true], ['/series/1', 'reader', true], ['/series/1', undefined, false],
    ['/series/1/bookmarks', undefined, false], ['/users/reader/bookmarks', 'reader', false], ['/inbox', 'reader', false],
  ];
  const open = async (page: Page, path: string, login: string | undefined, openForm: boolean) => {
    assert.equal((await page.goto(`${env.base}${path}`))?.status(), 200, path);
    if (openForm) await page.locator('#bookmark-heading').click();
  };

  test('axe-clean in light and dark, the form with an error too; no sideways scroll at 320 and 375 px', async () => {
    // One page per member, logged in once; the color scheme is emulated on the loaded page, the width set by resizing.
    const pages = new Map<string | undefined, Page>();
    const pageOf = async (login: string | undefined): Promise<Page> => {
      if (!pages.has(login)) pages.set(login, await pageFor(login));
      return pages.get(login)!;
    };
    for (const [path, login, openForm] of PAGES) {
      const page = await pageOf(login);
      await open(page, path, login, openForm);
      const violations = await axeInBothSchemes(page);
      assert.deepEqual(violations, [], `${path} as ${login ?? 'guest'}: ${JSON.stringify(violations, null, 1)}`);
    }
    const page = await pageOf('other');
    await open(page, '/series/1', 'other', true);
    await page.getByLabel('Your tags').fill('bad*tag');
    await page.getByRole('button', { name: 'Save bookmark' }).click();
    assert.match(await page.locator('.bookmark .error').textContent() ?? '', /\*/);
    assert.deepEqual(await axeInBothSchemes(page), [], 'bookmark form error as other');
    if (SHOTS) {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await saveScreenshot(page, `series-bookmark-error-${colorScheme}`);
      }
      await page.emulateMedia({ colorScheme: 'light' });
    }
    // Each page loaded once and resized through the widths (layout follows the viewport; no reload needed).
    for (const [path, login, openForm] of PAGES) {
      const page = await pageOf(login);
      await open(page, path, login, openForm);
      for (const width of SHOTS ? [320, 375, 1280] : [320, 375]) {
        await page.setViewportSize({ width, height: 800 });
        for (const colorScheme of SHOTS ? ['light', 'dark'] as const : []) {
          await page.emulateMedia({ colorScheme });
          await saveScreenshot(page, `${path.replace(/\W+/g, '_')}-${login ?? 'guest'}-${width}-${colorScheme}`);
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, `${path} at ${width} px scrolls sideways by ${overflow}px`);
      }
    }
    for (const page of pages.values()) await page.context().close();
  });
});
