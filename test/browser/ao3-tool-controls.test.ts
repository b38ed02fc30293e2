/**
 * The AO3-compatible controls in Chromium: a failed login shows the login page again (200) with its message; a
 * bookmarked and subscribed work shows the bookmark edit form (posting to /bookmarks/{id}) and the Unsubscribe
 * input (posting to /users/{login}/subscriptions/{id}), which work without JavaScript and pass axe in light and
 * dark at 1280 and 375 px without sideways scroll.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { workForm } from '../support/works.ts';
import { browserSkip, useBrowserArchive, axeInBothSchemes, logIn, saveScreenshot } from '../support/browser.ts';

const PASSWORD = 'a long test passphrase';

/** Sends the login form with a wrong password; resolves with the answer's status once the message shows. */
async function failLogin(page: Page, base: string): Promise<number> {
  await page.goto(`${base}/users/login`);
  await page.getByLabel('Username or email').fill('tools_reader');
  await page.getByLabel('Password').fill('not my passphrase');
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Log in' }).click()]);
  await page.getByText('The username or email and password do not match an account.').first().waitFor();
  return response.status();
}

describe('AO3-tool controls in Chromium', { skip: browserSkip }, () => {
  let workUrl: string;
  const env = useBrowserArchive({ prepare: async (archive) => {
    const author = archive.visitor();
    await author.register('tools_author');
    workUrl = String((await author.post('/works', workForm({ 'work[title]': 'Read by tools' }))).headers.location);
    await archive.visitor('203.0.113.21').register('tools_reader');
  } });

  test('a wrong password shows the login page again with its message', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    assert.equal(await failLogin(page, env.base), 200);
    assert.equal(await page.getByLabel('Username or email').inputValue(), 'tools_reader');
    await context.close();
  });

  test('bookmark, edit it through /bookmarks/{id}, subscribe and unsubscribe; the pages pass axe and fit a phone', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await logIn(page, env.base, 'tools_reader', PASSWORD);
    await page.goto(`${env.base}${workUrl}`);
    await page.getByText('Bookmark this work').click();
    await page.getByLabel('Your tags').fill('comfort');
    await page.getByRole('button', { name: 'Save bookmark' }).click();
    await page.locator('.flash').filter({ hasText: 'Your bookmark is saved.' }).waitFor();
    assert.match(await page.locator('form#bookmark-form').getAttribute('action') ?? '', /^\/bookmarks\/\d+$/);
    await page.getByText('Edit your bookmark').click();
    await page.getByLabel('Your tags').fill('comfort, reread');
    await page.getByRole('button', { name: 'Update bookmark' }).click();
    await page.locator('.flash').filter({ hasText: 'Your bookmark is saved.' }).waitFor();
    assert.equal(await page.locator('input#bookmark_tag_string').inputValue(), 'comfort, reread');
    await page.locator('li.subscribe').getByRole('button', { name: 'Subscribe' }).click();
    await page.locator('.flash').filter({ hasText: 'You are now subscribed to Read by tools' }).waitFor();
    await page.locator('li.subscribe input[type="submit"][value="Unsubscribe"]').waitFor();
    // AO3's unsubscribe form: /users/{login}/subscriptions/{id} with _method=delete, sent by the browser as a POST.
    assert.match(await page.locator('li.subscribe form').getAttribute('action') ?? '', /^\/users\/tools_reader\/subscriptions\/\d+$/);
    await page.locator('li.subscribe').getByRole('button', { name: 'Unsubscribe' }).click();
    await page.locator('.flash').filter({ hasText: 'You have unsubscribed.' }).waitFor();
    await page.locator('li.subscribe').getByRole('button', { name: 'Subscribe' }).click();
    await page.locator('li.subscribe input[type="submit"][value="Unsubscribe"]').waitFor();
    await context.close();

    // The checks in one context, a guest's failed login first and then the member's work page at each width (the
    // page resized and the work loaded again); each loaded page checked in light and dark.
    const checked = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true, viewport: { width: 375, height: 800 } });
    const p = await checked.newPage();
    assert.equal(await failLogin(p, env.base), 200);
    const failed = await axeInBothSchemes(p);
    assert.deepEqual(failed, [], `failed login as a guest: ${JSON.stringify(failed, null, 1)}`);
    for (const colorScheme of ['light', 'dark'] as const) {
      await p.emulateMedia({ colorScheme });
      await saveScreenshot(p, `ao3-controls-login-${colorScheme}-375`);
    }
    await p.emulateMedia({ colorScheme: 'light' });
    await logIn(p, env.base, 'tools_reader', PASSWORD);
    for (const width of [1280, 375]) {
      await p.setViewportSize({ width, height: 900 });
      await p.goto(`${env.base}${workUrl}`);
      await p.locator('section.bookmark details').evaluate((d) => { (d as HTMLDetailsElement).open = true; });
      const violations = await axeInBothSchemes(p);
      assert.deepEqual(violations, [], `work page as tools_reader (${width}): ${JSON.stringify(violations, null, 1)}`);
      for (const colorScheme of ['light', 'dark'] as const) {
        await p.emulateMedia({ colorScheme });
        assert.ok(await p.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), `no sideways scroll (${colorScheme}, ${width})`);
        await saveScreenshot(p, `ao3-controls-work-${colorScheme}-${width}`);
      }
      await p.emulateMedia({ colorScheme: 'light' });
    }
    await checked.close();
  });
});
