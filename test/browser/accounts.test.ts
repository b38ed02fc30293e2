import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSkip, useBrowserArchive, axeInBothSchemes } from '../support/browser.ts';

for (const javaScriptEnabled of [true, false]) {
  describe(`accounts in Chromium (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, { skip: browserSkip }, () => {
    const env = useBrowserArchive({ setUp: false });

    test('set up the archive, register, log out, log in', async () => {
      const context = await env.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${env.base}/`);
      assert.equal(new URL(page.url()).pathname, '/setup');
      assert.equal(await page.locator('h1').textContent(), 'Set up your archive');
      await page.getByLabel('Archive name').fill('Browser Archive');
      await page.getByLabel('Username').fill('founder');
      await page.getByLabel('Email').fill('founder@example.org');
      await page.getByLabel('Password', { exact: true }).fill('founding a new archive');
      await page.getByLabel('Confirm password').fill('founding a new archive');
      await page.getByRole('button', { name: 'Create archive' }).click();
      await page.waitForURL(`${env.base}/`);
      assert.match(await page.locator('.flash').textContent() ?? '', /You are logged in as founder/);
      assert.equal(await page.locator('.site-name').textContent(), 'Browser Archive');

      await page.locator('details.user-menu > summary').click();
      await page.getByRole('link', { name: 'Log out' }).click();
      await page.getByRole('button', { name: 'Log out' }).click();
      await page.waitForURL(`${env.base}/`);
      assert.match(await page.locator('.flash').textContent() ?? '', /You are logged out/);

      await page.getByRole('link', { name: 'Sign up' }).click();
      await page.getByLabel('Username').fill('new_reader');
      await page.getByLabel('Email').fill('reader@example.org');
      await page.getByLabel('Password', { exact: true }).fill('short');
      await page.getByLabel('Confirm password').fill('short');
      await page.getByLabel('I have read and agree to the Terms of Service').check();
      await page.getByRole('button', { name: 'Create account' }).click();
      assert.match(await page.locator('#user_password_error').textContent() ?? '', /at least 10/);
      assert.match(await page.locator('#user_age_confirmed_error').textContent() ?? '', /at least 13 years old/);
      assert.equal(await page.getByLabel('Username').inputValue(), 'new_reader', 'what was typed is kept');
      assert.equal(await page.getByLabel('I have read and agree to the Terms of Service').isChecked(), true, 'and what was ticked');
      await page.getByLabel('I am at least 13 years old').check();
      await page.getByLabel('Password', { exact: true }).fill('reading all night long');
      await page.getByLabel('Confirm password').fill('reading all night long');
      await page.getByRole('button', { name: 'Create account' }).click();
      // Signing up does not log in: the answer is the same whether or not the address already had an account.
      await page.waitForURL(`${env.base}/users/login`);
      assert.match(await page.locator('.flash').textContent() ?? '', /We sent a message to reader@example.org/);

      await page.getByLabel('Username or email').fill('reader@example.org');
      await page.getByLabel('Password').fill('reading all night long');
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.waitForURL(`${env.base}/`);
      assert.match(await page.locator('.flash').textContent() ?? '', /You are logged in as new_reader/);
      await context.close();
    });

    // axe needs JavaScript, so its pages are the same in both suites: checked once, in the first.
    test('the home, register and login pages have no axe-core violations, in light and dark', { skip: !javaScriptEnabled && 'checked with JavaScript on' }, async () => {
      const context = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true });
      const page = await context.newPage();
      for (const path of ['/', '/users/new', '/users/login']) {
        await page.goto(`${env.base}${path}`);
        const violations = await axeInBothSchemes(page);
        assert.deepEqual(violations, [], `${path} as a guest: ${JSON.stringify(violations, null, 1)}`);
      }
      await context.close();
    });

    test('pages fit a 320 px wide screen without sideways scrolling', async () => {
      const context = await env.browser.newContext({ javaScriptEnabled, viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      for (const path of ['/', '/users/new', '/users/login', '/users/new_reader']) {
        await page.goto(`${env.base}${path}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, `${path} scrolls sideways by ${overflow}px`);
      }
      await context.close();
    });
  });
}
