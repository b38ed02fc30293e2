/**
 * Tag suggestions and the wranglers' worklist in Chromium: typing in the fandom field shows suggestions, the arrow
 * keys and Enter take one, Escape closes the list, and the work posts with it; without JavaScript the same fields
 * are plain text fields. axe-core is clean on the work form with the list open and on /tags/unwrangled, in light
 * and dark; nothing scrolls sideways at 375 px. SCREENSHOT_DIR=… saves screenshots at 1280 and 375 px.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { browserSkip, useBrowserArchive, axeInBothSchemes, logIn, saveScreenshotsInBothSchemes } from '../support/browser.ts';
import { workForm } from '../support/works.ts';
import { ADMIN_PASSWORD } from '../support/archive.ts';
import { userByLogin, updateRole } from '../../src/storage/users.ts';
import { tagNodeByName } from '../../src/storage/tag-graph.ts';

const SHOTS = process.env.SCREENSHOT_DIR;
const PASSWORD = 'a long test passphrase';

/** Fills what the work form needs besides its tags. */
async function fillRest(page: Page, title: string) {
  await page.getByLabel('Rating').selectOption('General Audiences');
  await page.getByLabel('No Archive Warnings Apply').check();
  await page.getByLabel('Work title').fill(title);
  await page.locator('#format_text').check();
  await page.locator('textarea[name="chapter[content]"]').fill('The lamps were lit at dusk.');
}

describe('tag autocomplete and the worklist in Chromium', { skip: browserSkip }, () => {
  const env = useBrowserArchive({ prepare: async (archive) => {
    const writer = archive.visitor();
    await writer.register('writer');
    const post = (fandom: string, characters: string, freeform: string) =>
      writer.post('/works', workForm({ 'work[fandom_string]': fandom, 'work[character_string]': characters, 'work[freeform_string]': freeform, 'work[relationship_string]': '' }));
    await post('Harry Potter', 'Hermione Granger, Harry Potter', 'Angst, Hurt/Comfort');
    await post('Harry Potter', 'Hermione Granger', 'Angst');
    await post('Harrow Hall Mysteries', 'Inspector Harrow', 'Fluff');
    await post('The Harrowing', 'Gideon', 'Harrowing Tales, Angst-ish, Slow Burn');
    const admin = archive.visitor();
    await admin.login('admin', ADMIN_PASSWORD);
    await admin.post('/tags/Harry%20Potter/canonical', { 'tag[canonical]': '1' });
    await admin.post('/tags/Angst/canonical', { 'tag[canonical]': '1' });
    await admin.post('/tags/HP/canonical', { 'tag[canonical]': '0' });
    const mod = archive.visitor();
    await mod.register('wrangler');
    await updateRole(archive.app.db, (await userByLogin(archive.app.db, 'wrangler'))!.id, 'moderator');
  } });

  test('typing in the fandom field suggests tags; arrows and Enter take one, Escape closes; the work posts', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    await logIn(page, env.base, 'writer', PASSWORD);
    await page.goto(`${env.base}/works/new`);
    const fandoms = page.getByRole('combobox', { name: 'Fandoms' });
    const list = page.getByRole('listbox', { name: 'Suggestions for Fandoms' });
    await fandoms.pressSequentially('harr');
    await list.getByRole('option').first().waitFor();
    assert.equal(await fandoms.getAttribute('aria-expanded'), 'true');
    assert.deepEqual(await list.getByRole('option').locator('.name').allTextContents(), ['Harry Potter', 'Harrow Hall Mysteries', 'The Harrowing'],
      'canonical first, then at the start of the name, then a word inside');
    assert.match(await page.locator('.autocomplete [role="status"]').first().textContent() ?? '', /3 suggestions/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const active = await fandoms.getAttribute('aria-activedescendant');
    assert.equal(await page.locator(`#${active}`).getAttribute('aria-selected'), 'true');
    assert.match(await page.locator(`#${active}`).textContent() ?? '', /Harrow Hall Mysteries/);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    assert.equal(await fandoms.inputValue(), 'Harry Potter, ');
    assert.ok(await list.isHidden());
    assert.equal(page.url(), `${env.base}/works/new`, 'Enter took the suggestion and did not send the form');

    // The second tag of the field is completed on its own.
    await fandoms.pressSequentially('mysteries');
    await list.getByRole('option', { name: /Harrow Hall Mysteries/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    assert.equal(await fandoms.inputValue(), 'Harry Potter, Harrow Hall Mysteries, ');

    // Escape closes the list and leaves the text.
    await fandoms.pressSequentially('the');
    await list.getByRole('option').first().waitFor();
    await page.keyboard.press('Escape');
    assert.ok(await list.isHidden());
    assert.equal(await fandoms.getAttribute('aria-expanded'), 'false');
    assert.equal(await fandoms.inputValue(), 'Harry Potter, Harrow Hall Mysteries, the');
    await fandoms.fill('Harry Potter, Harrow Hall Mysteries');

    // Characters of the fandoms typed come first; a click takes one too.
    const characters = page.getByRole('combobox', { name: 'Characters' });
    await characters.pressSequentially('h');
    const charList = page.getByRole('listbox', { name: 'Suggestions for Characters' });
    await charList.getByRole('option').first().waitFor();
    await charList.getByRole('option', { name: /Hermione Granger/ }).click();
    assert.equal(await characters.inputValue(), 'Hermione Granger, ');

    await fillRest(page, 'Lamplight');
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await page.waitForURL(/\/works\/\d+$/);
    assert.match(await page.locator('dd.fandom').textContent() ?? '', /Harry Potter.*Harrow Hall Mysteries/s);
    await context.close();
  });

  test('without JavaScript the tag fields are plain text fields, and a new fandom gets its chosen media', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await logIn(page, env.base, 'writer', PASSWORD);
    await page.goto(`${env.base}/works/new`);
    assert.equal(await page.locator('input[role="combobox"], [role="listbox"]').count(), 0);
    await page.getByLabel('Fandoms').fill('Harry Potter, Lantern Keepers');
    await page.getByLabel('Media of a new fandom').selectOption('Theater');
    await fillRest(page, 'Typed by hand');
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await page.waitForURL(/\/works\/\d+$/);
    assert.equal((await tagNodeByName(env.archive.app.db, 'Lantern Keepers'))!.media, 'Theater');
    await context.close();
  });

  test('the filter panel suggests tags to include and exclude', async () => {
    // One page; the width changes by resizing it, the color scheme by emulation.
    const context = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    for (const width of SHOTS ? [1280, 375] : [1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${env.base}/works`);
      if (width < 1024) await page.locator('summary.filter-toggle').click();
      await page.locator('summary', { hasText: 'More Options' }).click();
      const include = page.getByRole('combobox', { name: 'Other tags to include (comma separated)' });
      await include.pressSequentially('ang');
      const options = page.getByRole('listbox', { name: /Other tags to include/ }).getByRole('option');
      await options.first().waitFor();
      assert.deepEqual(await options.locator('.name').allTextContents(), ['Angst', 'Angst-ish']);
      const violations = await axeInBothSchemes(page);
      assert.deepEqual(violations, [], `filter panel with suggestions as a guest (${width} px): ${JSON.stringify(violations, null, 1)}`);
      await include.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await saveScreenshotsInBothSchemes(page, (colorScheme) => `filter-suggestions-${width}-${colorScheme}`, false);
    }
    await context.close();
  });

  test('axe-core: the work form with the list open and /tags/unwrangled, light and dark; 375 px does not scroll sideways', async () => {
    // The wrangler logged in once; the width changes by resizing the page, the color scheme by emulation.
    const scripted = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const checked = await scripted.newPage();
    await logIn(checked, env.base, 'wrangler', PASSWORD);
    for (const width of SHOTS ? [1280, 375] : [1280]) {
      await checked.setViewportSize({ width, height: 900 });
      await checked.goto(`${env.base}/works/new`);
      await checked.getByRole('combobox', { name: 'Fandoms' }).pressSequentially('harr');
      await checked.getByRole('listbox', { name: 'Suggestions for Fandoms' }).getByRole('option').first().waitFor();
      await checked.keyboard.press('ArrowDown');
      // The screen around the open list (the whole form is a dozen screens long).
      await checked.getByRole('combobox', { name: 'Fandoms' }).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await saveScreenshotsInBothSchemes(checked, (colorScheme) => `work-form-suggestions-${width}-${colorScheme}`, false);
      const violations = await axeInBothSchemes(checked);
      assert.deepEqual(violations, [], `work form with suggestions as wrangler (${width} px): ${JSON.stringify(violations, null, 1)}`);
      for (const path of ['/tags/unwrangled?kind=freeform', '/tags/unwrangled?kind=fandom', '/tags/unwrangled?kind=character&fandom=Harry+Potter']) {
        assert.equal((await checked.goto(`${env.base}${path}`))?.status(), 200);
        const v = await axeInBothSchemes(checked);
        assert.deepEqual(v, [], `${path} as wrangler (${width} px): ${JSON.stringify(v, null, 1)}`);
        await saveScreenshotsInBothSchemes(checked, (colorScheme) => `unwrangled-${path.split('?')[1]!.replace(/\W+/g, '-')}-${width}-${colorScheme}`);
      }
    }
    await scripted.close();
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await logIn(page, env.base, 'wrangler', PASSWORD);
    for (const path of ['/tags/unwrangled?kind=freeform', '/works/new']) {
      await page.goto(`${env.base}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `${path} at 375 px scrolls sideways by ${overflow}px`);
    }
    await context.close();
  });

  test('a wrangler makes tags canonical from the worklist, without JavaScript', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await logIn(page, env.base, 'wrangler', PASSWORD);
    await page.goto(`${env.base}/admin`);
    await page.getByRole('link', { name: 'Unwrangled tags' }).click();
    await page.getByLabel('Kind').selectOption('freeform');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByRole('checkbox', { name: 'Slow Burn' }).check();
    await page.getByRole('checkbox', { name: 'Fluff' }).check();
    await page.getByRole('radio', { name: 'Make canonical', exact: true }).check();
    await page.getByRole('button', { name: 'Apply to the chosen tags' }).click();
    assert.match(await page.locator('.flash').textContent() ?? '', /2 tags made canonical/);
    assert.equal(await page.getByRole('checkbox', { name: 'Fluff' }).count(), 0, 'off the list');
    assert.ok((await tagNodeByName(env.archive.app.db, 'Slow Burn'))!.canonical);
    await context.close();
  });
});
