/**
 * Pseuds in Chromium: a member adds a second pseud from their profile, posts a work as it from the work form's
 * Creator/Pseud(s) menu, follows the byline to the pseud's page and finds the work. The pseud pages and the work
 * form have no axe-core violations in light and dark and no sideways scroll at 320 and 375 px.
 * SCREENSHOT_DIR=… saves screenshots at 1280 and 375 px, light and dark.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { browserSkip, useBrowserArchive, axeInBothSchemes, logIn, saveScreenshot } from '../support/browser.ts';
import { workForm } from '../support/works.ts';
import { userByLogin } from '../../src/storage/users.ts';
import { pseudByName } from '../../src/storage/pseuds.ts';

const PASSWORD = 'a long test passphrase';
const SHOTS = Boolean(process.env.SCREENSHOT_DIR);
const LONG = 'Pseudonymwithfortycharactersandnospaces1';
const PAGES = ['/works/1', '/works/2', `/users/writer/pseuds/${LONG}`, '/users/writer/works', '/users/writer/pseuds', '/users/writer/pseuds/Night%20Owl', '/users/writer/pseuds/Night%20Owl/works', '/users/writer/pseuds/new', '/users/writer/pseuds/Night%20Owl/edit', '/works/new'];

describe('pseuds in Chromium', { skip: browserSkip }, () => {
  const env = useBrowserArchive({ prepare: async (archive) => {
    const writer = archive.visitor();
    await writer.register('writer');
    await writer.post('/works', workForm({ 'work[title]': 'Under My Own Name' }));
    // The longest name a pseud may have, in one word: bylines, menus and headings must still fit 320 px.
    await writer.post('/users/writer/pseuds', { 'pseud[name]': LONG });
    const account = (await userByLogin(archive.app.db, 'writer'))!;
    await writer.post('/works', workForm({ 'work[title]': 'Long Name', 'work[pseud_id]': String((await pseudByName(archive.app.db, account.id, LONG))!.id) }));
  } });

  test('a member adds a pseud, posts as it, and the byline leads to the pseud’s page', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    await logIn(page, env.base, 'writer', PASSWORD);
    await page.goto(`${env.base}/users/writer`);
    await page.getByRole('link', { name: 'Pseuds of writer' }).click();
    await page.getByRole('link', { name: 'New pseud' }).click();
    await page.getByLabel('Name').fill('Night Owl');
    await page.getByLabel('Icon alt text').fill('A small grey owl');
    await page.getByLabel('Description').fill('Stories written after midnight.');
    await page.getByRole('button', { name: 'Create the pseud' }).click();
    assert.match(await page.locator('.flash').textContent() ?? '', /The pseud Night Owl was created/);

    await page.goto(`${env.base}/works/new`);
    await page.getByLabel('Creator/Pseud(s)').selectOption({ label: 'Night Owl' });
    await page.getByLabel('Rating').selectOption('General Audiences');
    await page.getByLabel('No Archive Warnings Apply').check();
    await page.getByLabel('Fandoms', { exact: true }).fill('Original Work');
    await page.getByLabel('Work title').fill('Owl Hours');
    await page.getByLabel('Plain text').check();
    await page.getByLabel('Chapter text').fill('The owl woke at midnight.');
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await page.waitForURL(/\/works\/\d+$/);
    const byline = page.locator('h3.byline a[rel="author"]');
    assert.equal(await byline.textContent(), 'Night Owl (writer)');
    await byline.click();
    await page.waitForURL(`${env.base}/users/writer/pseuds/Night%20Owl`);
    assert.equal(await page.locator('li.work h4.heading a').first().textContent(), 'Owl Hours');
    assert.equal(await page.getByText('Under My Own Name').count(), 0, 'works under the default pseud are not listed here');
    await context.close();
  });

  test('the pseud pages and the work form: axe-clean in light and dark, no sideways scroll at 320 and 375 px', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true });
    const page = await context.newPage();
    await logIn(page, env.base, 'writer', PASSWORD);
    for (const path of PAGES) {
      assert.equal((await page.goto(`${env.base}${path}`))?.status(), 200, path);
      const violations = await axeInBothSchemes(page);
      assert.deepEqual(violations, [], `${path}: ${JSON.stringify(violations, null, 1)}`);
    }
    // The form back with a clash, as the member sees it.
    await page.goto(`${env.base}/users/writer/pseuds/new`);
    await page.getByLabel('Name').fill('night owl');
    await page.getByRole('button', { name: 'Create the pseud' }).click();
    assert.match(await page.locator('.field.has-error').textContent() ?? '', /already have a pseud with this name/);
    const violations = await axeInBothSchemes(page);
    assert.deepEqual(violations, [], `the clash: ${JSON.stringify(violations, null, 1)}`);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await saveScreenshot(page, `pseud-clash-${colorScheme}`);
    }
    await context.close();
    // Widths on pages as served (no CSP bypass): one context, resized.
    const plainContext = await env.browser.newContext({ javaScriptEnabled: true, viewport: { width: 320, height: 800 } });
    const plain = await plainContext.newPage();
    await logIn(plain, env.base, 'writer', PASSWORD);
    // Each page loaded once and resized through the widths (layout follows the viewport; no reload needed).
    for (const path of PAGES) {
      await plain.goto(`${env.base}${path}`);
      for (const width of SHOTS ? [320, 375, 1280] : [320, 375]) {
        await plain.setViewportSize({ width, height: 800 });
        for (const colorScheme of SHOTS ? ['light', 'dark'] as const : ['light'] as const) {
          await plain.emulateMedia({ colorScheme });
          await saveScreenshot(plain, `${path.replace(/\W+/g, '_')}-${width}-${colorScheme}`);
          const overflow = await plain.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.equal(overflow, 0, `${path} at ${width} px (${colorScheme}) scrolls sideways by ${overflow}px`);
          // The work form is long: its Preface, where the menu is, on its own too.
          if (SHOTS && width !== 320 && path === '/works/new') await plain.locator('fieldset:has(.pseud-choice)').screenshot({ path: join(process.env.SCREENSHOT_DIR!, `work-form-preface-${width}-${colorScheme}.png`) });
        }
        await plain.emulateMedia({ colorScheme: 'light' });
      }
    }
    await plainContext.close();
  });
});
