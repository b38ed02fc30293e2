/**
 * The post-a-work form in Arabic (right to left) and Spanish, in Chromium: axe-clean in light and dark, no sideways
 * scroll at 375 and 1280 px, the form mirrored (labels and fields start at the right). A refused post shows its
 * Arabic errors next to the fields. SCREENSHOT_DIR=… saves the screenshots.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { browserSkip, useBrowserArchive, axeInBothSchemes, logIn, saveScreenshot } from '../support/browser.ts';
import { userByLogin, setUserLocale } from '../../src/storage/users.ts';
import type { Locale } from '../../src/i18n/locales.ts';

const PASSWORD = 'a long test passphrase';
const WRITERS: Record<'ar' | 'es', string> = { ar: 'katiba', es: 'escritora' };

describe('the work form in Arabic and Spanish in Chromium', { skip: browserSkip }, () => {
  const env = useBrowserArchive({ prepare: async (archive) => {
    for (const [locale, login] of Object.entries(WRITERS) as [Locale, string][]) {
      await archive.visitor(`198.51.100.${locale === 'ar' ? 60 : 61}`).register(login);
      await setUserLocale(archive.app.db, (await userByLogin(archive.app.db, login))!.id, locale);
    }
  } });

  /** axe-core in light and dark on the loaded page, and no sideways scroll in either. */
  async function check(page: Page, what: string) {
    const violations = await axeInBothSchemes(page);
    assert.deepEqual(violations, [], `${what}: ${JSON.stringify(violations, null, 1)}`);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `${what} (${colorScheme}) scrolls sideways by ${overflow}px`);
    }
  }

  for (const locale of ['ar', 'es'] as const) {
    test(`the ${locale} work form is axe-clean and fits 375 and 1280 px, light and dark`, async () => {
      // One context and login; each width by resizing the page and loading the form again.
      const context = await env.browser.newContext({ viewport: { width: 375, height: 900 }, bypassCSP: true });
      const page = await context.newPage();
      await logIn(page, env.base, WRITERS[locale], PASSWORD);
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${env.base}/works/new`);
        assert.equal(await page.locator('html').getAttribute('dir'), locale === 'ar' ? 'rtl' : 'ltr');
        const heading = await page.locator('h1').textContent();
        assert.equal(heading, locale === 'ar' ? 'نشر عمل جديد' : 'Publicar una obra nueva');
        if (locale === 'ar') {
          // Mirrored: the title field's label starts at the right edge of its field, not the left.
          const label = (await page.locator('label[for="work_title"]').boundingBox())!;
          const input = (await page.locator('#work_title').boundingBox())!;
          assert.ok(Math.abs(label.x + label.width - (input.x + input.width)) < 2, `label ends where the field ends (${width} px)`);
        }
        await check(page, `${locale} work form as ${WRITERS[locale]} (${width})`);
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          await saveScreenshot(page, `work-form-${locale}-${width}-${colorScheme}`);
        }
        await page.emulateMedia({ colorScheme: 'light' });
        if (locale === 'ar') {
          await page.getByRole('button', { name: 'نشر', exact: true }).click();
          await page.locator('#work_title_error').filter({ hasText: 'أعطِ عملك عنوانًا.' }).waitFor();
          await check(page, `ar refused post as ${WRITERS[locale]} (${width})`);
          await page.emulateMedia({ colorScheme: 'light' });
          await saveScreenshot(page, `work-form-ar-refused-${width}-light`);
        }
      }
      await context.close();
    });
  }
});
