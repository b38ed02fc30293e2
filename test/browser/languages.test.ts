/**
 * The interface in Arabic and Spanish in Chromium: the Arabic home page and an Arabic work on a 375 px phone, mirrored
 * (right to left) and axe-core clean; Spanish pages at 1280 px in light and dark. Screenshots go to SCREENSHOT_DIR.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { browserSkip, useBrowserArchive, axeInBothSchemes, saveScreenshot, saveScreenshotsInBothSchemes } from '../support/browser.ts';
import { assertNoEnglish } from '../support/untranslated.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';

/** Whether the page scrolls sideways (it must not, in either direction). */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

describe('the interface in Arabic and Spanish in Chromium', { skip: browserSkip }, () => {
  let arabicWork = '';
  const env = useBrowserArchive({ prepare: async (archive) => {
    const writer = archive.visitor();
    await writer.register('katib');
    const posted = await writer.post('/works', workForm({
      'work[title]': 'بيت الريح',
      'work[summary]': 'قصة قصيرة عن ريح تهب على بيت قديم عند الغروب، وعن الذين ينتظرونها.',
      'work[language]': 'ar',
      'work[fandom_string]': 'Original Work',
      'chapter[content]': 'هبت الريح عند الغروب.\n\nوفي الصباح كان الطريق قد اختفى تحت الرمال، فجلسوا ينتظرون.',
    }));
    arabicWork = `/works/${workIdOf(posted.headers.location)}`;
    for (let i = 1; i <= 3; i++) await writer.post('/works', workForm({ 'work[title]': `An English story ${i}`, 'work[summary]': 'A story told in English, among the Arabic ones.' }));
  } });

  test('the Arabic home page and an Arabic work on a 375 px phone: right to left, nothing sideways, axe-core clean', async () => {
    const context = await env.browser.newContext({ locale: 'ar', viewport: { width: 375, height: 800 }, bypassCSP: true });
    const page = await context.newPage();
    for (const [name, path] of [['home', '/'], ['work', arabicWork]] as const) {
      const res = await page.goto(`${env.base}${path}`);
      assert.equal(res?.status(), 200, path);
      assert.equal(await page.getAttribute('html', 'lang'), 'ar');
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        assert.equal(await scrollsSideways(page), false, `${path} scrolls sideways (${colorScheme})`);
        // Mirrored: the archive's name sits at the right edge of the header, as the start of a right-to-left line.
        const site = await page.locator('.site-name').boundingBox();
        assert.ok(site && site.x + site.width > 375 - 40, `the site name is at the right (${colorScheme}): ${JSON.stringify(site)}`);
      }
      await page.emulateMedia({ colorScheme: 'light' });
      const violations = await axeInBothSchemes(page);
      assert.deepEqual(violations, [], `${path}: ${JSON.stringify(violations, null, 1)}`);
      assertNoEnglish(await page.content(), 'ar');
      await saveScreenshotsInBothSchemes(page, (colorScheme) => `i18n-ar-375-${colorScheme}-${name}`);
    }
    assert.equal(await page.locator('#chapters div.userstuff.module').getAttribute('dir'), 'rtl');
    await context.close();
  });

  test('an English work inside the Arabic interface reads left to right', async () => {
    const context = await env.browser.newContext({ locale: 'ar', viewport: { width: 375, height: 800 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${env.base}/works`);
    const title = page.locator('li.work.blurb h4.heading a', { hasText: 'An English story 1' });
    assert.equal(await title.getAttribute('dir'), 'ltr');
    assert.equal(await title.evaluate((el) => getComputedStyle(el).direction), 'ltr');
    assert.equal(await page.locator('li.work.blurb h4.heading a', { hasText: 'بيت الريح' }).evaluate((el) => getComputedStyle(el).direction), 'rtl');
    await saveScreenshot(page, 'i18n-ar-375-works');
    await context.close();
  });

  test('Spanish pages at 1280 px in light and dark: axe-core clean and no English left', async () => {
    const context = await env.browser.newContext({ locale: 'es-ES', viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    for (const [name, path] of [['home', '/'], ['login', '/users/login'], ['signup', '/users/new'], ['site-map', '/site_map'], ['fandoms', '/media']] as const) {
      const res = await page.goto(`${env.base}${path}`);
      assert.equal(res?.status(), 200, path);
      assert.equal(await page.getAttribute('html', 'lang'), 'es');
      const violations = await axeInBothSchemes(page);
      assert.deepEqual(violations, [], `${path}: ${JSON.stringify(violations, null, 1)}`);
      assertNoEnglish(await page.content(), 'es');
      await saveScreenshotsInBothSchemes(page, (colorScheme) => `i18n-es-1280-${colorScheme}-${name}`);
    }
    await context.close();
  });
});
