/**
 * The reading pages in Arabic and Spanish in Chromium: a work page (chapters, kudos, comments, the reader's
 * controls) and a tag's listing, at 375 and 1280 px in light and dark, mirrored for Arabic, with nothing scrolling
 * sideways, axe-core clean and no English catalog message. Screenshots go to SCREENSHOT_DIR.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { browserSkip, useBrowserArchive, axeInBothSchemes, saveScreenshot } from '../support/browser.ts';
import { assertNoEnglish } from '../support/untranslated.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';

const PASSWORD = 'a long test passphrase';
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

describe('the reading pages in Arabic and Spanish in Chromium', { skip: browserSkip }, () => {
  let work = '';
  const env = useBrowserArchive({ prepare: async (archive) => {
    const writer = archive.visitor('198.51.100.20');
    await writer.register('katib');
    const posted = await writer.post('/works', workForm({
      'work[title]': 'بيت الريح', 'work[language]': 'ar', 'work[wip_length]': '3', 'work[series_title]': 'فصول السنة',
      'work[summary]': 'قصة قصيرة عن ريح تهب على بيت قديم عند الغروب.',
      'chapter[content]': 'هبت الريح عند الغروب.\n\nوفي الصباح كان الطريق قد اختفى تحت الرمال.',
    }));
    const id = workIdOf(posted.headers.location);
    work = `/works/${id}`;
    await writer.post(`${work}/chapters`, { 'chapter[title]': 'الفجر', 'chapter[format]': 'text', 'chapter[content]': 'جاء الفجر.', commit: 'post' });
    for (let i = 1; i <= 3; i++) await writer.post('/works', workForm({ 'work[title]': `Story ${i}`, 'work[summary]': 'A story in English.' }));
    const reader = archive.visitor('198.51.100.21');
    await reader.register('qari');
    await reader.post(`${work}/kudos`);
    await reader.post(`${work}/comments`, { 'comment[content]': 'جميل جدًا!' });
    await reader.get('/works');
  } });

  /** A page in `locale`, as the reader `qari` (logged in through the English form first) or as a guest. */
  async function open(browser: Browser, locale: 'ar' | 'es', width: number, member: boolean): Promise<Page> {
    const context = await browser.newContext({ locale, viewport: { width, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    if (member) {
      // The login form in the page's language: found by its fields' names, not its (translated) labels.
      await page.goto(`${env.base}/users/login`);
      await page.locator('input[name="user[login]"]').fill('qari');
      await page.locator('input[name="user[password]"]').fill(PASSWORD);
      await page.locator('button[name="commit"][value="Log in"]').click();
      await page.waitForURL(`${env.base}/`);
    }
    return page;
  }

  for (const locale of ['ar', 'es'] as const) {
    test(`a work page and a tag's listing in ${locale}: ${locale === 'ar' ? 'right to left, ' : ''}axe-core clean, no English left`, async () => {
      const widths = locale === 'ar' ? [375, 1280] : [1280];
      // One page per reader, logged in once; the width changes by resizing it, the color scheme by emulation.
      for (const member of [true, false]) {
        const who = member ? 'member' : 'guest';
        const page = await open(env.browser, locale, widths[0]!, member);
        for (const width of widths) {
          await page.setViewportSize({ width, height: 900 });
          for (const [name, path] of [['work', work], ['chapter-index', `${work}/navigate`], ['tag-works', '/tags/Original%20Work/works']] as const) {
            const res = await page.goto(`${env.base}${path}`);
            assert.equal(res?.status(), 200, path);
            assert.equal(await page.getAttribute('html', 'lang'), locale);
            assert.equal(await page.getAttribute('html', 'dir'), locale === 'ar' ? 'rtl' : 'ltr');
            assert.equal(await scrollsSideways(page), false, `${path} at ${width} px scrolls sideways`);
            const violations = await axeInBothSchemes(page);
            assert.deepEqual(violations, [], `${path} as ${who} (${width} px): ${JSON.stringify(violations, null, 1)}`);
            assertNoEnglish(await page.content(), locale);
            if (name === 'chapter-index' && locale === 'ar') {
              // After Arabic text, digits would be ordered as Arabic numbers ("06-12-2026"): the date keeps its order.
              assert.equal(await page.locator('span.datetime').first().evaluate((el) => getComputedStyle(el).direction), 'ltr');
            }
            if (process.env.SCREENSHOT_DIR) {
              for (const colorScheme of ['light', 'dark'] as const) {
                await page.emulateMedia({ colorScheme });
                await saveScreenshot(page, `reading-${locale}-${width}-${colorScheme}-${who}-${name}`);
              }
              await page.emulateMedia({ colorScheme: 'light' });
            }
          }
          if (locale === 'ar' && width === 375) {
            // Mirrored: the work's navigation starts at the right edge.
            const first = await page.goto(`${env.base}${work}`).then(() => page.locator('ul.work.navigation li').first().boundingBox());
            assert.ok(first && first.x + first.width > width / 2, `the first navigation item is on the right: ${JSON.stringify(first)}`);
          }
        }
        await page.context().close();
      }
    });
  }

  test('the tag suggestions speak the page\'s language', async () => {
    const page = await open(env.browser, 'es', 1280, false);
    await page.goto(`${env.base}/works/search?edit_search=true`);
    const field = page.locator('#as_other_tag_names');
    await field.fill('Orig');
    const option = page.locator('[role="option"]').first();
    await option.waitFor();
    assert.match(await option.innerText(), /Original Work\s+1 obra|Original Work\s+4 obras/);
    assert.match(String(await page.locator('[role="listbox"]:not([hidden])').getAttribute('aria-label')), /^Sugerencias para /);
    await page.context().close();
  });
});
