import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN_PASSWORD } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { chapterForm, workIdOf } from '../support/chapters.ts';
import { chaptersOfWork } from '../../src/storage/chapters.ts';
import { seriesOfWorks } from '../../src/storage/series.ts';
import { browserSkip, useBrowserArchive, contractExempt, axeViolations } from '../support/browser.ts';

describe('managing works in Chromium', { skip: browserSkip }, () => {
  let workId: number;
  let seriesId: number;
  const env = useBrowserArchive({ prepare: async (archive) => {
    const admin = archive.visitor();
    await admin.login('admin', ADMIN_PASSWORD);
    workId = workIdOf((await admin.post('/works', workForm({ 'work[wip_length]': '', 'work[series_title]': 'Browser Saga' }))).headers.location);
    await admin.post(`/works/${workId}/chapters`, chapterForm({ 'chapter[title]': 'Second' }));
    await admin.post(`/works/${workId}/chapters`, chapterForm({ 'chapter[title]': 'Third' }));
    const friend = archive.visitor();
    await friend.register('friend');
    await friend.post('/works', workForm({ 'work[title]': 'Shared', 'work[co_creators]': 'admin' }));
    seriesId = (await seriesOfWorks(archive.app.db, [workId])).get(workId)![0]!.seriesId;
  } });

  async function loggedIn(javaScriptEnabled: boolean): Promise<{ context: BrowserContext; page: Page }> {
    const context = await env.browser.newContext({ javaScriptEnabled, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${env.base}/users/login`);
    await page.getByLabel('Username or email').fill('admin');
    await page.getByLabel('Password').fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/users/login'));
    return { context, page };
  }

  test('chapters are reordered by typing positions, without JavaScript', async () => {
    const { context, page } = await loggedIn(false);
    await page.goto(`${env.base}/works/${workId}/chapters/manage`);
    const third = (await chaptersOfWork(env.archive.app.db, workId, true))[2]!;
    await page.locator(`#chapter_position_${third.id}`).fill('1');
    await page.getByRole('button', { name: 'Save order' }).click();
    await page.locator('.flash').filter({ hasText: 'reordered' }).waitFor();
    assert.match((await page.locator('.chapter-name').first().textContent()) ?? '', /1\. Third/);
    await context.close();
  });

  test('management pages pass axe', async () => {
    const { context, page } = await loggedIn(true);
    const [first] = await chaptersOfWork(env.archive.app.db, workId, true);
    for (const path of [
      `/works/${workId}/edit`, `/works/${workId}/chapters/new`, `/works/${workId}/chapters/manage`, `/works/${workId}/chapters/${first!.id}/edit`,
      `/works/${workId}/chapters/${first!.id}/delete`, `/works/${workId}/delete`, '/users/admin/invitations', `/series/${seriesId}`,
    ]) {
      await page.goto(`${env.base}${path}`);
      assert.deepEqual(contractExempt(await axeViolations(page)), [], path);
    }
    await context.close();
  });
});
