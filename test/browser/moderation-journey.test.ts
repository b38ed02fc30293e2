/**
 * Governance in Chromium, end to end: a guest reports a work; a moderator hides it from the report and suspends
 * its author; the author sees why and cannot post; the audit log shows both actions; an admin makes the work
 * visible again. The moderation pages have no axe-core violations in light and dark and fit 375 px.
 * SCREENSHOT_DIR=… saves screenshots at 1280 and 375 px.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSkip, useBrowserArchive, axeInBothSchemes, logIn, saveScreenshot } from '../support/browser.ts';
import { workForm } from '../support/works.ts';
import { ADMIN_PASSWORD } from '../support/archive.ts';
import { userByLogin, updateRole } from '../../src/storage/users.ts';

const SHOTS = process.env.SCREENSHOT_DIR;
const PASSWORD = 'a long test passphrase';
const TITLE = 'The Reported Tale';

describe('moderation journey in Chromium', { skip: browserSkip }, () => {
  const env = useBrowserArchive({ prepare: async (archive) => {
    const writer = archive.visitor();
    await writer.register('writer');
    await writer.post('/works', workForm({ 'work[title]': TITLE, 'work[series_title]': 'Reported Cycle' }));
    const reader = archive.visitor();
    await reader.register('reader');
    await reader.post('/works/1/comments', { 'comment[content]': 'A comment someone may find rude.' });
    const mod = archive.visitor();
    await mod.register('mod_bea');
    await updateRole(archive.app.db, (await userByLogin(archive.app.db, 'mod_bea'))!.id, 'moderator');
  } });


  test('report → hide and suspend → the author is told and stopped → audit → the work is back', async () => {
    const guestContext = await env.browser.newContext({ javaScriptEnabled: false });
    const guest = await guestContext.newPage();
    await guest.goto(`${env.base}/works/1`);
    await guest.getByRole('link', { name: 'Report this work' }).click();
    await guest.getByRole('group', { name: 'What is the problem?' }).getByLabel('Missing rating or warning').check();
    await guest.getByLabel('Your email address').fill('worried.reader@example.org');
    await guest.getByLabel('What is wrong, and where?').fill('Chapter one has a major character death and no warning.');
    await guest.getByRole('button', { name: 'Send report' }).click();
    assert.match(await guest.locator('#report_reference').textContent() ?? '', /^Report #\d+$/);

    const modContext = await env.browser.newContext({ javaScriptEnabled: false });
    const mod = await modContext.newPage();
    await logIn(mod, env.base, 'mod_bea', PASSWORD);
    await mod.goto(`${env.base}/admin/reports`);
    await mod.locator('a[href^="/admin/reports/"]').filter({ hasText: /#\d+|Report/ }).first().click();
    await mod.locator('#hide_work_reason').fill('Missing the major character death warning.');
    await mod.getByRole('button', { name: 'Hide the work' }).click();
    assert.match(await mod.locator('.flash').textContent() ?? '', /hidden/);
    await mod.goto(`${env.base}/users/writer`);
    await mod.getByRole('link', { name: 'Moderate this account' }).click();
    await mod.getByLabel('For how many days').fill('7');
    await mod.locator('form[action$="/suspend"] textarea[name="reason"]').fill('Posting without required warnings, again.');
    await mod.getByRole('button', { name: 'Suspend' }).click();
    assert.match(await mod.locator('.flash').textContent() ?? '', /suspended/);

    const guestAgain = await guest.goto(`${env.base}/works/1`);
    assert.equal(guestAgain?.status(), 404, 'readers get the same answer as for a missing work');

    const authorContext = await env.browser.newContext({ javaScriptEnabled: true });
    const author = await authorContext.newPage();
    await logIn(author, env.base, 'writer', PASSWORD);
    await author.goto(`${env.base}/works/1`);
    assert.match(await author.locator('.notice.removal').textContent() ?? '', /hidden by the archive’s moderators[\s\S]*Missing the major character death warning/);
    assert.match(await author.locator('.notice.standing').textContent() ?? '', /Your account is suspended until/);
    await author.goto(`${env.base}/works/new`);
    const status = await author.evaluate(async () => {
      const token = (document.querySelector('input[name="authenticity_token"]') as HTMLInputElement).value;
      const body = new URLSearchParams({ authenticity_token: token, 'work[title]': 'Another', 'work[rating_string]': 'General Audiences', 'work[archive_warning_strings][]': 'No Archive Warnings Apply', 'work[fandom_string]': 'Original Work', 'work[language]': 'en', 'chapter[format]': 'text', 'chapter[content]': 'Text.', commit: 'post' });
      return (await fetch('/works', { method: 'POST', body, redirect: 'manual' })).status;
    });
    assert.equal(status, 403, 'a suspended author cannot post');

    const adminContext = await env.browser.newContext({ javaScriptEnabled: false });
    const admin = await adminContext.newPage();
    await logIn(admin, env.base, 'admin', ADMIN_PASSWORD);
    await admin.goto(`${env.base}/admin/audit`);
    const log = await admin.locator('table.audit').textContent() ?? '';
    assert.match(log, /work\.hide/);
    assert.match(log, /user\.suspend/);
    assert.match(log, /mod_bea/);
    await admin.goto(`${env.base}/admin/works/1/moderate`);
    await admin.locator('form[action$="/unhide"] textarea[name="reason"]').fill('Warning added by the author after the suspension.');
    await admin.getByRole('button', { name: 'Make it visible again' }).click();
    assert.equal((await guest.goto(`${env.base}/works/1`))?.status(), 200, 'the work is back for readers');
    for (const c of [guestContext, modContext, authorContext, adminContext]) await c.close();
  });

  test('the moderation pages have no axe-core violations in light and dark, and fit 375 px', async () => {
    const pages = ['/admin/works/1/moderate', '/admin/works/1/tags', '/admin/users/writer/moderate', '/admin/audit', '/admin/comments/1/moderate', '/admin/series/1/moderate', '/admin/works/1/moderate?report=1'];
    const context = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true });
    const page = await context.newPage();
    await logIn(page, env.base, 'admin', ADMIN_PASSWORD);
    for (const path of pages) {
      const res = await page.goto(`${env.base}${path}`);
      assert.equal(res?.status(), 200, path);
      const violations = await axeInBothSchemes(page);
      assert.deepEqual(violations, [], `${path}: ${JSON.stringify(violations, null, 1)}`);
    }
    await page.locator('form[action$="/hide"] button').first().click();
    const violations = await axeInBothSchemes(page);
    assert.deepEqual(violations, [], `a form returned with an error: ${JSON.stringify(violations, null, 1)}`);
    await context.close();
    // Sideways scrolling is checked at 375 px; the other sizes and schemes only when screenshots are asked for.
    const noJs = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const plain = await noJs.newPage();
    await logIn(plain, env.base, 'admin', ADMIN_PASSWORD);
    for (const width of SHOTS ? [375, 1280] : [375]) {
      await plain.setViewportSize({ width, height: 800 });
      for (const path of pages) {
        await plain.goto(`${env.base}${path}`);
        for (const colorScheme of SHOTS ? ['light', 'dark'] as const : ['light'] as const) {
          await plain.emulateMedia({ colorScheme });
          const overflow = await plain.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.equal(overflow, 0, `${path} at ${width} px (${colorScheme}) scrolls sideways by ${overflow}px`);
          await saveScreenshot(plain, `${path.replace(/\W+/g, '_')}-${width}-${colorScheme}`);
        }
        await plain.emulateMedia({ colorScheme: 'light' });
      }
    }
    await noJs.close();
  });
});
