/**
 * The work page's download menu in Chromium: an Arabic work offers its PDF; a Thai work offers EPUB, HTML and TXT
 * and says why there is no PDF. The menu passes axe and fits a phone in light and dark.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { workForm } from '../support/works.ts';
import { browserSkip, useBrowserArchive, axeInBothSchemes, saveScreenshot } from '../support/browser.ts';

describe('the download menu in Chromium', { skip: browserSkip }, () => {
  const urls: Record<string, string> = {};
  const env = useBrowserArchive({ prepare: async (archive) => {
    const author = archive.visitor();
    await author.register('menu_author');
    const post = async (title: string, language: string, content: string) => String((await author.post('/works', workForm({ 'work[title]': title, 'work[language]': language, 'chapter[content]': content }))).headers.location);
    urls.arabic = await post('الطريق الطويل', 'ar', 'بدأ الثلج يتساقط عند الغسق ولم يتوقف.');
    urls.thai = await post('Snow in Thai', 'th', 'หิมะเริ่มตกตอนพลบค่ำ');
  } });

  test('Arabic has a PDF link; Thai has none and says why; both pass axe at 1280 and 375 px', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${env.base}${urls.arabic}`);
      assert.deepEqual(await page.locator('li.download ul li a').allTextContents(), ['EPUB', 'PDF', 'HTML', 'TXT']);
      await page.goto(`${env.base}${urls.thai}`);
      assert.deepEqual(await page.locator('li.download ul li a').allTextContents(), ['EPUB', 'HTML', 'TXT']);
      const note = page.locator('li.download .download-note');
      assert.ok(await note.isVisible());
      assert.match(await note.textContent() ?? '', /No PDF for this work: it uses Thai script/);
      const violations = await axeInBothSchemes(page);
      assert.deepEqual(violations, [], `Thai work page (${width}): ${JSON.stringify(violations, null, 1)}`);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), `no sideways scroll (${colorScheme}, ${width})`);
        await saveScreenshot(page, `download-menu-thai-${colorScheme}-${width}`);
      }
      await page.emulateMedia({ colorScheme: 'light' });
    }
    await context.close();
  });
});
