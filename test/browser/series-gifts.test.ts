/**
 * Series editing and gifts in Chromium: the author edits a series' description, marks it complete and reorders its
 * works with the typed positions and a Move up button; gives a work to a member from the work form; the member finds
 * it on their gifts page and refuses it. The series page and form, the work form's gift field, the work page and the
 * gifts page have no axe-core violations in light and dark and no sideways scroll at 320 and 375 px.
 * SCREENSHOT_DIR=… saves screenshots at 1280 and 375 px, light and dark.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserSkip, useBrowserArchive, axeInBothSchemes, logIn, saveScreenshot, saveScreenshotsInBothSchemes } from '../support/browser.ts';
import { workForm } from '../support/works.ts';

const PASSWORD = 'a long test passphrase';
const SHOTS = Boolean(process.env.SCREENSHOT_DIR);
/** A long unbroken title: the series form's rows must still fit 320 px. */
const LONG = 'Autumnwithaverylongtitlethatdoesnotbreak';

describe('series editing and gifts in Chromium', { skip: browserSkip }, () => {
  const env = useBrowserArchive({ prepare: async (archive) => {
    const writer = archive.visitor();
    const bea = archive.visitor();
    await writer.register('writer');
    await bea.register('bea');
    await bea.post('/users/bea/pseuds', { 'pseud[name]': 'Honey Bee' });
    for (const title of ['Spring', 'Summer', LONG]) await writer.post('/works', workForm({ 'work[title]': title, 'work[series_title]': 'Seasons' }));
    await writer.post('/works', workForm({ 'work[title]': 'A Gift of Honey', 'work[recipients]': 'Honey Bee, My Aunt Ruth', 'work[summary]': 'For a friend.' }));
  } });

  const pageFor = async (login: string | undefined, options: Parameters<typeof env.browser.newContext>[0] = {}): Promise<Page> => {
    const context = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true, ...options });
    const page = await context.newPage();
    if (login) await logIn(page, env.base, login, PASSWORD);
    return page;
  };

  test('the author edits the series, marks it complete and reorders it; gives a work; the recipient refuses it', async () => {
    const page = await pageFor('writer');
    await page.goto(`${env.base}/series/1`);
    await page.getByRole('link', { name: 'Edit Series' }).click();
    await page.getByLabel('Description').fill('A year in <em>four</em> parts.');
    await page.getByLabel('Notes', { exact: true }).fill('Written for a challenge.');
    await page.getByLabel(/This series is complete/).check();
    await page.getByLabel(`Position of ${LONG}`).fill('1');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(`${env.base}/series/1`);
    assert.equal(await page.locator('dl.stats dd.complete').textContent(), 'Yes');
    assert.match(await page.locator('dl.series').textContent() ?? '', /A year in four parts\.[\s\S]*Written for a challenge\./);
    const order = async () => page.locator('li.work h4.heading a:first-child').allTextContents();
    assert.deepEqual(await order(), [LONG, 'Spring', 'Summer']);
    await page.getByRole('link', { name: 'Edit Series' }).click();
    await page.waitForURL(`${env.base}/series/1/edit`);
    await page.getByRole('button', { name: /^Move up\s*: Summer$/ }).click();
    await page.waitForURL(`${env.base}/series/1/edit`);
    await page.goto(`${env.base}/series/1`);
    assert.deepEqual(await order(), [LONG, 'Summer', 'Spring']);

    await page.goto(`${env.base}/works/new`);
    await page.getByLabel('Rating').selectOption('General Audiences');
    await page.getByLabel('No Archive Warnings Apply').check();
    await page.getByLabel('Fandoms', { exact: true }).fill('Original Work');
    await page.getByLabel('Work title').fill('Bee Season');
    await page.getByLabel('Gift this work to').fill('bea');
    await page.getByLabel('Plain text').check();
    await page.getByLabel('Chapter text').fill('The hive hummed.');
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await page.waitForURL(/\/works\/\d+$/);
    assert.equal(await page.locator('.notes li.gifts').textContent(), 'For bea.');
    await page.context().close();

    const bea = await pageFor('bea');
    await bea.goto(`${env.base}/users/bea/gifts`);
    assert.deepEqual((await bea.locator('li.work h4.heading a:first-child').allTextContents()).sort(), ['A Gift of Honey', 'Bee Season']);
    await bea.getByRole('button', { name: /^Refuse Gift\s*: Bee Season$/ }).click();
    await bea.waitForURL(`${env.base}/users/bea/gifts`);
    assert.match(await bea.locator('.flash').textContent() ?? '', /You refused the gift/);
    assert.deepEqual(await bea.locator('li.work h4.heading a:first-child').allTextContents(), ['A Gift of Honey']);
    await bea.context().close();
  });

  /** Every page, as the member who sees most of it. */
  const PAGES: [string, string | undefined][] = [
    ['/series/1', 'writer'], ['/series/1', undefined], ['/series/1/edit', 'writer'], ['/works/new', 'writer'], ['/works/4', undefined],
    ['/users/bea/gifts', 'bea'], ['/users/bea/gifts?refused=true', 'bea'], ['/users/bea/gifts', undefined],
  ];

  test('axe-clean in light and dark, forms with errors too', async () => {
    // One page per member, logged in once.
    for (const login of [...new Set(PAGES.map(([, who]) => who))]) {
      const page = await pageFor(login);
      for (const [path] of PAGES.filter(([, who]) => who === login)) {
        assert.equal((await page.goto(`${env.base}${path}`))?.status(), 200, path);
        const violations = await axeInBothSchemes(page);
        assert.deepEqual(violations, [], `${path} as ${login ?? 'guest'}: ${JSON.stringify(violations, null, 1)}`);
      }
      await page.context().close();
    }
    const page = await pageFor('writer');
    // The series form back with a bad position.
    await page.goto(`${env.base}/series/1/edit`);
    await page.getByLabel('Position of Spring').fill('0');
    await page.getByRole('button', { name: 'Save changes' }).click();
    assert.match(await page.locator('.series-works .error').textContent() ?? '', /whole numbers from 1/);
    assert.deepEqual(await axeInBothSchemes(page), [], 'series form error');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await saveScreenshot(page, `series-edit-error-${colorScheme}`);
    }
    await page.context().close();
  });

  test('no sideways scroll at 320 and 375 px', async () => {
    // One page per member, resized for each width (a new context and login per page and width cost most of this test).
    for (const login of [...new Set(PAGES.map(([, who]) => who))]) {
      const page = await pageFor(login);
      // Each page loaded once and resized through the widths (layout follows the viewport; no reload needed).
      for (const [path] of PAGES.filter(([, who]) => who === login)) {
        await page.goto(`${env.base}${path}`);
        for (const width of SHOTS ? [320, 375, 1280] : [320, 375]) {
          await page.setViewportSize({ width, height: 800 });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.equal(overflow, 0, `${path} as ${login ?? 'guest'} at ${width} px scrolls sideways by ${overflow}px`);
          await saveScreenshotsInBothSchemes(page, (colorScheme) => `${path.replace(/\W+/g, '_')}-${login ?? 'guest'}-${width}-${colorScheme}`);
          if (SHOTS && path === '/works/new' && width !== 320) {
            for (const colorScheme of ['light', 'dark'] as const) {
              await page.emulateMedia({ colorScheme });
              await page.locator('fieldset:has(#work_recipients)').screenshot({ path: join(process.env.SCREENSHOT_DIR!, `work-form-gift-${width}-${colorScheme}.png`) });
            }
            await page.emulateMedia({ colorScheme: 'light' });
          }
        }
      }
      await page.context().close();
    }
  });
});
