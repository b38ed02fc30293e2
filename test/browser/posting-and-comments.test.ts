/**
 * Posting with native date and time fields in the author's time zone, the comment settings on the work form, and
 * formatting a comment with its preview, in Chromium: axe-clean in light and dark, no sideways scroll at 320 and 375 px.
 * SCREENSHOT_DIR=… saves screenshots at 1280 and 375 px, light and dark.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import { browserSkip, useBrowserArchive, axeInBothSchemes, logIn, saveScreenshot } from '../support/browser.ts';
import { userByLogin } from '../../src/storage/users.ts';
import { postingPrefs } from '../../src/storage/posting-prefs.ts';
import { chaptersOfWork } from '../../src/storage/chapters.ts';
import { workCommentSettings } from '../../src/storage/comments.ts';

const PASSWORD = 'a long test passphrase';
const YEAR = new Date().getUTCFullYear() + 2;

describe('posting and comments in Chromium', { skip: browserSkip }, () => {
  let workId: number;
  const env = useBrowserArchive({ prepare: async (archive) => {
    const writer = archive.visitor('198.51.100.50');
    await writer.register('tz_writer');
    await archive.visitor('198.51.100.51').register('tz_reader');
    const other = archive.visitor('198.51.100.52');
    await other.register('tz_other');
    workId = workIdOf((await other.post('/works', workForm({ 'work[title]': 'Open for comments', 'work[co_creators]': 'tz_reader' }))).headers.location);
  } });

  async function noViolations(page: Page, what: string) {
    const violations = await axeInBothSchemes(page);
    assert.deepEqual(violations, [], `${what}: ${JSON.stringify(violations, null, 1)}`);
  }

  test('an author posts a scheduled work in their browser\'s time zone, choosing who may comment', async () => {
    const context = await env.browser.newContext({ timezoneId: 'Europe/Paris' });
    const page = await context.newPage();
    await logIn(page, env.base, 'tz_writer', PASSWORD);
    await page.goto(`${env.base}/works/new`);
    await page.locator('[data-time-zone-label]').filter({ hasText: 'Europe/Paris' }).waitFor();
    assert.equal(await page.getByLabel('Total chapters planned').inputValue(), '?');
    await page.getByLabel('Rating').selectOption('General Audiences');
    await page.getByLabel('No Archive Warnings Apply').check();
    await page.getByLabel('Fandoms', { exact: true }).fill('Original Work');
    await page.getByLabel('Work title').fill('Paris at six');
    await page.getByLabel('Registered users only').check();
    await page.getByLabel('Chapter summary').fill('Evening.');
    await page.getByLabel('Chapter text').fill('The bells rang six.');
    await page.getByLabel('Publish later at').fill(`${YEAR}-01-31T18:00`);
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await page.locator('.flash').filter({ hasText: 'Your work is scheduled' }).waitFor();
    const id = workIdOf(page.url());
    const db = env.archive.app.db;
    assert.equal((await postingPrefs(db, (await userByLogin(db, 'tz_writer'))!.id)).timeZone, 'Europe/Paris');
    assert.equal((await chaptersOfWork(db, id, true))[0]!.publishAt, Date.UTC(YEAR, 0, 31, 17, 0));
    assert.equal((await workCommentSettings(db, id)).permission, 'registered');
    await context.close();
  });

  test('a reader formats a comment with italics and a link, previews it without JavaScript, and posts it', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await logIn(page, env.base, 'tz_reader', PASSWORD);
    await page.goto(`${env.base}/works/${workId}`);
    const text = 'This was <em>lovely</em>; see <a href="https://example.org/fic">my rec</a>.';
    await page.getByLabel('Comment', { exact: true }).fill(text);
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.locator('.comment-preview blockquote');
    assert.equal(await preview.locator('em').textContent(), 'lovely');
    assert.equal(await preview.locator('a').getAttribute('href'), 'https://example.org/fic');
    assert.equal(await page.getByLabel('Comment', { exact: true }).inputValue(), text);
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    await page.locator('.flash').filter({ hasText: 'Comment created!' }).waitFor();
    const posted = page.locator('#comments li.comment blockquote').filter({ hasText: 'lovely' });
    assert.equal(await posted.locator('em').textContent(), 'lovely');
    assert.equal(await posted.locator('a').getAttribute('rel'), 'nofollow noopener');
    await context.close();
  });

  test('the work form, a comment preview, the posting settings and the inbox are axe-clean and fit narrow screens', async () => {
    /** No sideways scroll in light or dark, and screenshots of both. */
    const shots = async (page: Page, name: string, width: number) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, `${name} at ${width} px (${colorScheme}) scrolls sideways by ${overflow}px`);
        await saveScreenshot(page, `${name}-${width}-${colorScheme}`);
      }
      await page.emulateMedia({ colorScheme: 'light' });
    };
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Tokyo', bypassCSP: true });
    const page = await context.newPage();
    await logIn(page, env.base, 'tz_reader', PASSWORD);
    for (const width of [1280, 375, 320]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${env.base}/works/new`);
      if (width !== 320) await noViolations(page, `work form (${width})`);
      await shots(page, 'work-form', width);
      await page.goto(`${env.base}/works/${workId}/comments`);
      await page.getByLabel('Comment', { exact: true }).fill('A <strong>preview</strong>\n\n<blockquote>quoted</blockquote>');
      await page.getByRole('button', { name: 'Preview' }).click();
      await page.locator('.comment-preview').waitFor();
      if (width !== 320) await noViolations(page, `comment preview (${width})`);
      await shots(page, 'comment-preview', width);
      for (const path of ['/settings/posting', '/inbox']) {
        await page.goto(`${env.base}${path}`);
        if (width !== 320) await noViolations(page, `${path} (${width})`);
        await shots(page, path.replace(/\W+/g, '_'), width);
      }
    }
    await context.close();
  });
});
