/**
 * The /api guide and Settings → API tokens in Spanish and Arabic, in Chromium: members whose setting is Spanish or
 * Arabic (a guest's browser asking for it for the guide), the new token shown and the list; the page is in the
 * language and direction asked for, axe-core finds nothing in light and dark, and nothing scrolls sideways at 320
 * and 375 px. SCREENSHOT_DIR=… saves screenshots at 375 and 1280 px, light and dark.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { browserSkip, useBrowserArchive, axeInBothSchemes, logIn, saveScreenshot } from '../support/browser.ts';
import { userByLogin, setUserLocale } from '../../src/storage/users.ts';

const PASSWORD = 'a long test passphrase';
const MEMBERS = { es: 'herramienta', ar: 'adawat' } as const;

describe('the read API pages in Spanish and Arabic, in Chromium', { skip: browserSkip }, () => {
  const env = useBrowserArchive({ prepare: async (archive) => {
    for (const [locale, login] of Object.entries(MEMBERS) as [keyof typeof MEMBERS, string][]) {
      const member = archive.visitor(locale === 'es' ? '198.51.100.71' : '198.51.100.72');
      await member.register(login);
      await member.post('/settings/api-tokens', { 'token[name]': 'Calibre' });
      await setUserLocale(archive.app.db, (await userByLogin(archive.app.db, login))!.id, locale);
    }
  } });

  /**
   * Checks the page open in `page`: its language and direction, axe-core in light and dark, no sideways scroll at
   * each width in light and dark (the loaded page resized, its color scheme emulated); saves screenshots.
   */
  async function check(page: Page, locale: keyof typeof MEMBERS, name: string, who: string): Promise<void> {
    const root = page.locator('html');
    assert.equal(await root.getAttribute('lang'), locale, name);
    assert.equal(await root.getAttribute('dir'), locale === 'ar' ? 'rtl' : 'ltr', name);
    const violations = await axeInBothSchemes(page);
    assert.deepEqual(violations, [], `${name} as ${who}: ${JSON.stringify(violations, null, 1)}`);
    for (const width of process.env.SCREENSHOT_DIR ? [320, 375, 1280] : [320, 375]) {
      await page.setViewportSize({ width, height: 900 });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, `${name} at ${width} px (${colorScheme}) scrolls sideways by ${overflow}px`);
        if (width !== 320) await saveScreenshot(page, `api-${name}-${width}-${colorScheme}`);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 375, height: 900 });
  }

  for (const locale of ['es', 'ar'] as const) {
    test(`in ${locale}: the guide for a guest and a member, a new token and the list`, async () => {
      const context = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true, viewport: { width: 375, height: 900 } });
      const page = await context.newPage();
      await page.setExtraHTTPHeaders({ 'accept-language': locale });
      await page.goto(`${env.base}/api`);
      await check(page, locale, `guide-guest-${locale}`, 'a guest');
      // The login form is asked for in English (the shared helper's labels); the member's own setting does the rest.
      await page.setExtraHTTPHeaders({ 'accept-language': 'en' });
      await logIn(page, env.base, MEMBERS[locale], PASSWORD);
      await page.goto(`${env.base}/api`);
      await check(page, locale, `guide-member-${locale}`, MEMBERS[locale]);
      await page.goto(`${env.base}/settings/api-tokens`);
      await page.locator('#token_name').fill('Teléfono');
      await page.locator('form[action="/settings/api-tokens"] button[type="submit"]').click();
      assert.match(await page.locator('#new_token').inputValue(), /^quire_/);
      await check(page, locale, `tokens-created-${locale}`, MEMBERS[locale]);
      await page.goto(`${env.base}/settings/api-tokens`);
      await check(page, locale, `tokens-list-${locale}`, MEMBERS[locale]);
      await context.close();
    });
  }
});
