/**
 * The joining and posting policy's pages in Chromium: the terms, the invitation request and sign-up forms, the
 * members' notices and invitations, the admins' policy, invitation and validation pages. axe-core in light and
 * dark, and no sideways scrolling at 375 px. With SCREENSHOT_DIR=<dir>, each page is also saved at 1280 and 375 px.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ADMIN_PASSWORD } from '../support/archive.ts';
import { browserSkip, useBrowserArchive, axeViolations, axeInBothSchemes, contractExempt, logIn } from '../support/browser.ts';
import { workForm } from '../support/works.ts';
import { policyForm } from '../support/policy.ts';

const PASSWORD = 'a long test passphrase';
const SHOTS = process.env.SCREENSHOT_DIR;

describe('joining and posting policy pages in Chromium', { skip: browserSkip }, () => {
  let signupPath = '';
  let pendingPath = '';
  const env = useBrowserArchive({ prepare: async (archive) => {
    const admin = archive.visitor();
    await admin.login('admin', ADMIN_PASSWORD);
    const newbie = archive.visitor();
    await newbie.register('newbie');
    const unsure = archive.visitor();
    await unsure.register('unsure', PASSWORD, 'unsure@example.org', false);
    await admin.post('/admin/policies', policyForm({ 'policy[signup_mode]': 'invitation', 'policy[invitations_per_member]': '3', 'policy[validate_new_authors]': '1' }));
    const posted = await newbie.post('/works', workForm({ 'work[title]': 'A first work with a long title that waits for the moderators', 'work[summary]': 'A summary that runs on for a while, so that it wraps on a narrow screen and shows in the queue.' }));
    pendingPath = String(posted.headers.location);
    await newbie.post('/settings/invitations', { 'invitation[email]': 'a-friend@example.org' });
    await admin.post('/admin/policies/terms', { 'terms[text]': '<h2>1. Be kind</h2><p>Treat other fans as you would like to be treated. Long words like antidisestablishmentarianism must wrap.</p><h2>2. Tag your work</h2><p>Ratings and warnings are required.</p>', commit: 'publish' });
    await admin.post('/admin/policies/content_policy', { 'content_policy[text]': '<p>Fan works of any rating, tagged honestly.</p><ul><li>No real-person explicit works.</li><li>No commercial promotion.</li></ul>' });
    for (const n of [1, 2, 3]) await archive.visitor(`192.0.2.${n}`).post('/invite_requests', { 'invite_request[email]': `hopeful${n}@example.org` });
    await admin.post('/admin/invitations/address', { 'invitation[email]': 'invited-person-with-a-rather-long-address@example.org' });
    const mail = await archive.lastMail('invited-person-with-a-rather-long-address@example.org');
    signupPath = /http:\/\/archive\.test(\/signup\/[\w-]+)/.exec(mail!.body)![1]!;
  } });

  /** Who sees which pages. */
  const visits = (): { who: string; login?: string; password?: string; paths: string[] }[] => [
    { who: 'guest', paths: ['/terms', '/content_policy', '/invite_requests', '/users/new', signupPath] },
    { who: 'member', login: 'newbie', password: PASSWORD, paths: ['/', '/terms/accept', '/settings/invitations', pendingPath] },
    { who: 'unconfirmed', login: 'unsure', password: PASSWORD, paths: ['/'] },
    { who: 'admin', login: 'admin', password: ADMIN_PASSWORD, paths: ['/admin/policies', '/admin/invitations', '/admin/validation'] },
  ];

  const shot = async (page: Page, who: string, path: string, width: number, scheme: string) => {
    if (!SHOTS) return;
    mkdirSync(SHOTS, { recursive: true });
    const name = `${who}${path.replace(/\/signup\/.*/, '/signup').replace(/\W+/g, '_')}-${width}-${scheme}.png`;
    await page.screenshot({ path: join(SHOTS, name), fullPage: true });
  };

  test('no axe-core violations in light and dark, and nothing scrolls sideways at 375 px', async () => {
    // One page per visitor, logged in once; the width changes by resizing it, the color scheme by emulation.
    for (const v of visits()) {
      const context = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      if (v.login) await logIn(page, env.base, v.login, v.password!);
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        for (const path of v.paths) {
          const res = await page.goto(`${env.base}${path}`);
          assert.ok(res && res.status() < 400, `${path} as ${v.who}: ${res?.status()}`);
          if (width === 375) {
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            assert.equal(overflow, 0, `${path} as ${v.who} scrolls sideways by ${overflow}px`);
          } else {
            const violations = await axeInBothSchemes(page);
            assert.deepEqual(violations, [], `${path} as ${v.who}: ${JSON.stringify(violations, null, 1)}`);
          }
          if (SHOTS) {
            for (const colorScheme of ['light', 'dark'] as const) {
              await page.emulateMedia({ colorScheme });
              await shot(page, v.who, path, width, colorScheme);
            }
            await page.emulateMedia({ colorScheme: 'light' });
          }
        }
      }
      await context.close();
    }
  });

  test('the forms with their errors shown have no axe-core violations', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true });
    let page = await context.newPage();
    await page.goto(`${env.base}${signupPath}`);
    await page.getByLabel('Username').fill('invited_one');
    await page.getByRole('button', { name: 'Create account' }).click();
    assert.match(await page.locator('#user_terms_of_service_error').textContent() ?? '', /Terms of Service/);
    assert.deepEqual(contractExempt(await axeViolations(page)), []);
    await shot(page, 'guest', '/signup-errors', 1280, 'light');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Confirm password').fill(PASSWORD);
    await page.getByLabel('I have read and agree to the Terms of Service').check();
    await page.getByLabel('I am at least 13 years old').check();
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/signup/'));
    assert.match(await page.locator('.flash').textContent() ?? '', /invited-person-with-a-rather-long-address@example\.org/);
    await context.close();

    const adminContext = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true });
    page = await adminContext.newPage();
    await logIn(page, env.base, 'admin', ADMIN_PASSWORD);
    await page.goto(`${env.base}/admin/validation`);
    await page.getByRole('button', { name: 'Reject and return to drafts' }).click();
    assert.match(await page.locator('.pending-work .error').textContent() ?? '', /Give a reason/);
    assert.deepEqual(contractExempt(await axeViolations(page)), []);
    await shot(page, 'admin', '/validation-errors', 1280, 'light');
    await page.goto(`${env.base}/admin/policies`);
    await page.getByLabel('Minimum age').fill('old enough');
    await page.getByRole('button', { name: 'Save policy' }).click();
    assert.match(await page.locator('#policy_min_age_error').textContent() ?? '', /whole number/);
    assert.deepEqual(contractExempt(await axeViolations(page)), []);
    await adminContext.close();
  });
});
