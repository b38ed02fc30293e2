/**
 * The staff's dashboard, an account's staff page, the site settings (taxonomy item forms) and the account deletion
 * form in Chromium: no axe-core violations in light and dark, nothing wider than 375 px. SCREENSHOT_DIR=… saves
 * screenshots at 1280 and 375 px, light and dark.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserSkip, useBrowserArchive, axeInBothSchemes, logIn } from '../support/browser.ts';
import { ADMIN_PASSWORD } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import { userByLogin, updateRole } from '../../src/storage/users.ts';
import { sql } from '../../src/storage/sql.ts';

const SHOTS = process.env.SCREENSHOT_DIR;
const PASSWORD = 'a long test passphrase';

describe('staff pages and account deletion in Chromium', { skip: browserSkip }, () => {
  const env = useBrowserArchive({ prepare: async (archive) => {
    const db = archive.app.db;
    const writer = archive.visitor('203.0.113.44');
    await writer.register('prolific_writer_with_a_long_name');
    for (const title of ['The First Winter', 'A Much Longer Title That Has To Wrap On A Narrow Phone Screen', 'Summer Again']) {
      await writer.post('/works', workForm({ 'work[title]': title }));
    }
    await writer.post('/works', workForm({ 'work[title]': 'Unposted Thoughts', commit: 'draft' }));
    const hidden = workIdOf((await writer.post('/works', workForm({ 'work[title]': 'Copied Story' }))).headers.location);
    await db.run(sql`UPDATE works SET removal = ${'hidden'}, removal_reason = ${'Copied from another archive without credit'}, deleted_at = ${Date.now()} WHERE id = ${hidden}`);
    await writer.post('/works/1/comments', { 'comment[content]': 'Replying to my readers: thank you all, the next chapter is coming soon and it is a long one.' });
    const mod = archive.visitor();
    await mod.register('moderator_ann');
    await updateRole(db, (await userByLogin(db, 'moderator_ann'))!.id, 'moderator');
    const writerId = (await userByLogin(db, 'prolific_writer_with_a_long_name'))!.id;
    for (let i = 0; i < 3; i++) {
      await db.run(sql`INSERT INTO abuse_reports (created_at, url, target_kind, target_id, target_user_id, reason, body) VALUES (${Date.now() - i * 3_600_000}, ${'/works/1'}, ${'work'}, ${1}, ${writerId}, ${'Plagiarism'}, ${'This copies another story almost word for word.'})`);
    }
    await db.run(sql`INSERT INTO invite_requests (email, email_key, created_at) VALUES (${'friend@example.org'}, ${'friend@example.org'}, ${Date.now()})`);
    const admin = archive.visitor();
    await admin.login('admin', ADMIN_PASSWORD);
    await admin.post(`/admin/users/${writerId}/role`, { role: 'moderator' });
    await admin.post(`/admin/users/${writerId}/role`, { role: 'user' });
    await admin.post('/admin/settings', { 'site[name]': 'Test Archive', 'site[tagline]': 'Stories kept for the long winter' });
    await archive.visitor('198.51.100.9').get('/works/1');
    await archive.app.hits.flush();
  } });

  async function shoot(page: Page, name: string) {
    if (!SHOTS) return;
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    const taxonomy = page.locator('section[aria-labelledby="taxonomy-heading"]');
    if (await taxonomy.count()) await taxonomy.screenshot({ path: join(SHOTS, `${name}-taxonomy.png`) });
  }

  const STAFF_PAGES: [string, string, string][] = [
    ['admin', '/admin', 'dashboard'], ['admin', '/admin/users/prolific_writer_with_a_long_name', 'user-detail'], ['admin', '/admin/users?q=prolific', 'user-search'],
    ['admin', '/admin/settings', 'settings'], ['moderator_ann', '/admin', 'dashboard-moderator'], ['prolific_writer_with_a_long_name', '/settings/account', 'delete-form'],
  ];

  async function visitAll(page: Page, each: (path: string, name: string, login: string) => Promise<void>) {
    let who = '';
    for (const [login, path, name] of STAFF_PAGES) {
      if (login !== who) {
        if (who) await page.context().clearCookies();
        await logIn(page, env.base, login, login === 'admin' ? ADMIN_PASSWORD : PASSWORD);
        who = login;
      }
      await page.goto(`${env.base}${path}`);
      await each(path, name, login);
    }
  }

  test('no axe-core violations in light and dark, the delete form with its error too', async () => {
    const context = await env.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const check = async (what: string) => {
      const violations = await axeInBothSchemes(page);
      assert.deepEqual(violations, [], `${what}: ${JSON.stringify(violations, null, 1)}`);
    };
    await visitAll(page, (path, _name, login) => check(`${path} as ${login}`));
    await page.getByLabel('Type your username (prolific_writer_with_a_long_name) to confirm').fill('prolific_writer_with_a_long_name');
    await page.getByRole('button', { name: 'Delete my account' }).click();
    assert.match(await page.locator('#account_works_error').textContent() ?? '', /Choose whether to orphan/);
    await check('the delete form with errors as prolific_writer_with_a_long_name');
    await context.close();
  });

  test('the pages fit 375 px without sideways scrolling (screenshots at 1280 and 375 px, light and dark)', async () => {
    // One context, each member logged in once: each page at each width by resizing and loading it again, the dark
    // shots by emulating the color scheme on the loaded page.
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await visitAll(page, async (path, name) => {
      for (const width of [375, 1280]) {
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
    });
    await context.close();
  });
});
