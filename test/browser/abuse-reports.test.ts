/**
 * Abuse reports in Chromium: the report form (a guest, without JavaScript), the moderators' queue and a report's
 * page have no axe-core violations in light and dark and fit a 375 px screen. SCREENSHOT_DIR=… saves screenshots.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserSkip, useBrowserArchive, axeInBothSchemes, logIn } from '../support/browser.ts';
import { workForm } from '../support/works.ts';
import { userByLogin, updateRole } from '../../src/storage/users.ts';
import { insertReport } from '../../src/storage/abuse-reports.ts';

const SHOTS = process.env.SCREENSHOT_DIR;
const PASSWORD = 'a long test passphrase';

describe('abuse reports in Chromium', { skip: browserSkip }, () => {
  const env = useBrowserArchive({ prepare: async (archive) => {
    const writer = archive.visitor();
    await writer.register('writer');
    await writer.post('/works', workForm({ 'work[title]': 'A Story Someone Reported', 'work[summary]': 'A summary long enough to wrap on a narrow screen, with <em>emphasis</em> in it.' }));
    const mod = archive.visitor();
    await mod.register('moderator_ann');
    const db = archive.app.db;
    await updateRole(db, (await userByLogin(db, 'moderator_ann'))!.id, 'moderator');
    const writerId = (await userByLogin(db, 'writer'))!.id;
    const reasons = ['Spam', 'Harassment', 'Plagiarism', 'Missing rating or warning'];
    for (let i = 0; i < 30; i++) {
      await insertReport(db, {
        url: i % 2 ? '/works/1' : '/users/writer', targetKind: i % 2 ? 'work' : 'user', targetId: i % 2 ? 1 : writerId, targetUserId: writerId, reason: reasons[i % reasons.length]!,
        body: `Report ${i + 1}: this work copies another one nearly word for word; the original is linked here and the passage starts in the second paragraph of chapter one.`,
        reporterId: null, reporterName: i % 3 ? 'A very long guest name for a narrow screen' : '', reporterEmail: `guest${i}@example.org`, ipHash: '', createdAt: Date.now() - (30 - i) * 3_600_000,
      });
    }
  } });

  async function shoot(page: Page, name: string) {
    if (!SHOTS) return;
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    await page.screenshot({ path: join(SHOTS, `${name}-top.png`) });
  }

  test('a guest reports a work without JavaScript: errors keep the text, the confirmation shows the reference', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.base}/works/1`);
    await page.getByRole('link', { name: 'Report this work' }).click();
    assert.match(await page.locator('#report_target').textContent() ?? '', /A Story Someone Reported/);
    await page.getByLabel('What is wrong, and where?').fill('It copies another story.');
    await page.getByRole('button', { name: 'Send report' }).click();
    assert.match(await page.locator('#abuse_report_email_error').textContent() ?? '', /email address/);
    assert.match(await page.locator('#abuse_report_reason_error').textContent() ?? '', /Choose/);
    assert.equal(await page.getByLabel('What is wrong, and where?').inputValue(), 'It copies another story.');
    await page.getByRole('group', { name: 'What is the problem?' }).getByLabel('Plagiarism').check();
    await page.getByLabel('Your email address').fill('reader@example.org');
    await page.getByRole('button', { name: 'Send report' }).click();
    assert.match(await page.locator('#report_reference').textContent() ?? '', /^Report #\d+$/);
    await context.close();
  });

  test('the form, the queue and a report have no axe-core violations in light and dark', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true });
    const page = await context.newPage();
    const check = async (what: string) => {
      const violations = await axeInBothSchemes(page);
      assert.deepEqual(violations, [], `${what}: ${JSON.stringify(violations, null, 1)}`);
    };
    await page.goto(`${env.base}/abuse_reports/new?url=/works/1`);
    await check('report form as a guest');
    await page.getByRole('button', { name: 'Send report' }).click();
    await check('report form with errors as a guest');
    await logIn(page, env.base, 'moderator_ann', PASSWORD);
    for (const path of ['/abuse_reports/new?url=/users/writer', '/admin/reports', '/admin/reports?status=all&reason=Spam', '/admin/reports/2', '/admin/reports/1']) {
      await page.goto(`${env.base}${path}`);
      await check(`${path} as moderator_ann`);
    }
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await check('report page with an error as moderator_ann');
    await context.close();
  });

  test('the pages fit 375 px without sideways scrolling (screenshots at 1280 and 375 px, light and dark)', async () => {
    // One context: the form as a guest at each width, then one login for the queue and a report at each width; the
    // width changed by resizing the page and loading it again, the dark shots by emulating the color scheme.
    const widths = [375, 1280];
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const fits = async (path: string, name: string) => {
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`${env.base}${path}`);
        for (const colorScheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.equal(overflow, 0, `${path} at ${width} px (${colorScheme}) scrolls sideways by ${overflow}px`);
          await shoot(page, `${name}-${width}-${colorScheme}`);
        }
        await page.emulateMedia({ colorScheme: 'light' });
      }
    };
    await fits('/abuse_reports/new?url=/works/1', 'form');
    await logIn(page, env.base, 'moderator_ann', PASSWORD);
    await fits('/admin/reports', 'queue');
    await fits('/admin/reports/2', 'report');
    await context.close();
  });
});
