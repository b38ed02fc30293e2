/**
 * Settings → API tokens in Chromium, as a member makes a token for a tool: named, shown once in a field to copy,
 * used by the API, listed with its last use, then revoked with its row's button; and the /api guide. No axe-core
 * violations in light and dark (with the new token shown and without); nothing scrolls sideways at 320 and 375 px.
 * SCREENSHOT_DIR=… saves screenshots at 1280 and 375 px, light and dark.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { browserSkip, useBrowserArchive, axeInBothSchemes, logIn, saveScreenshot } from '../support/browser.ts';

const PASSWORD = 'a long test passphrase';

describe('API tokens, in Chromium', { skip: browserSkip }, () => {
  const env = useBrowserArchive({ prepare: async (archive) => {
    const member = archive.visitor('198.51.100.70');
    await member.register('tool_maker');
    await member.post('/settings/api-tokens', { 'token[name]': 'Laptop script' });
  } });

  async function createToken(page: Page, name: string): Promise<string> {
    await page.goto(`${env.base}/settings/api-tokens`);
    await page.getByLabel('Name').fill(name);
    await page.getByRole('button', { name: 'Create token' }).click();
    return page.getByLabel(/Copy it now/).inputValue();
  }

  test('make a token, use it, see its last use, revoke it', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await logIn(page, env.base, 'tool_maker', PASSWORD);
    await page.goto(`${env.base}/users/tool_maker`);
    await page.goto(`${env.base}/settings/profile`);
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'API tokens' }).click();
    await page.waitForURL(/\/settings\/api-tokens$/);
    const token = await createToken(page, 'KOReader on my e-reader');
    assert.match(token, /^quire_[\w-]{43}$/);
    const me = await fetch(`${env.base}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    assert.equal(((await me.json()) as { login: string }).login, 'tool_maker');
    await page.goto(`${env.base}/settings/api-tokens`);
    assert.equal(await page.getByLabel(/Copy it now/).count(), 0, 'shown once');
    const row = page.getByRole('row', { name: /KOReader on my e-reader/ });
    assert.doesNotMatch(await row.innerText(), /Never/, 'its last use is listed');
    await row.getByRole('button', { name: 'Revoke KOReader on my e-reader' }).click();
    await page.waitForURL(/\/settings\/api-tokens$/);
    assert.match(await page.locator('body').innerText(), /The token was revoked/);
    assert.equal(await page.getByRole('row', { name: /KOReader/ }).count(), 0);
    assert.equal((await fetch(`${env.base}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })).status, 401);
    await page.goto(`${env.base}/api`);
    await page.getByRole('link', { name: 'Create a token in your settings' }).click();
    await page.waitForURL(/\/settings\/api-tokens$/);
    await context.close();
  });

  test('no axe-core violations in light and dark; nothing scrolls sideways; screenshots at 1280 and 375 px', async () => {
    const widths = process.env.SCREENSHOT_DIR ? [320, 375, 1280] : [320, 375];
    const context = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true, viewport: { width: 375, height: 900 } });
    const page = await context.newPage();
    await logIn(page, env.base, 'tool_maker', PASSWORD);
    await createToken(page, 'Phone app');
    const pages: [string, () => Promise<unknown>][] = [
      ['created', async () => undefined],
      ['list', () => page.goto(`${env.base}/settings/api-tokens`)],
      ['guide', () => page.goto(`${env.base}/api`)],
    ];
    for (const [name, open] of pages) {
      await open();
      const violations = await axeInBothSchemes(page);
      assert.deepEqual(violations, [], `${name} as tool_maker: ${JSON.stringify(violations, null, 1)}`);
      // The loaded page resized and switched between light and dark: no reload, no new context or login.
      for (const width of widths) {
        await page.setViewportSize({ width, height: 900 });
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.equal(overflow, 0, `${name} at ${width} px (${colorScheme}) scrolls sideways by ${overflow}px`);
          if (width !== 320) await saveScreenshot(page, `api-tokens-${name}-${width}-${colorScheme}`);
        }
      }
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 375, height: 900 });
    }
    await context.close();
  });
});
