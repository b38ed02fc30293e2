import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { workForm } from '../support/works.ts';
import { chapterForm, chapterIdOf, workIdOf } from '../support/chapters.ts';
import { browserSkip, useBrowserArchive, axeViolations } from '../support/browser.ts';

describe('comments in Chromium', { skip: browserSkip }, () => {
  let workId: number;
  let chapter2: number;
  let openWork: number;
  const env = useBrowserArchive({ prepare: async (archive) => {
    const author = archive.visitor();
    await author.register('review_author');
    workId = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Reviewed Work', 'work[wip_length]': '2', 'work[comment_permission]': 'registered' }))).headers.location);
    chapter2 = chapterIdOf((await author.post(`/works/${workId}/chapters`, chapterForm())).headers.location);
    openWork = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Open to guests' }))).headers.location);
    await author.post(`/works/${openWork}/comment_settings`, { comment_permission: 'everyone' });
  } });

  async function logIn(page: Page, login: string, password: string) {
    await page.goto(`${env.base}/users/login`);
    await page.getByLabel('Username or email').fill(login);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.locator('.flash').filter({ hasText: 'You are logged in' }).waitFor();
  }

  test('a guest is told to log in, registers, reviews chapter 2; the author replies; the reviewer sees it in the inbox', async () => {
    const reviewer = await (await env.browser.newContext()).newPage();
    await reviewer.goto(`${env.base}/works/${workId}/chapters/${chapter2}`);
    assert.equal((await reviewer.locator('#add_comment_notice').textContent())?.trim(), 'The author allows comments from registered users only. Log in or create an account to comment.');
    await reviewer.locator('#add_comment_notice').getByRole('link', { name: 'create an account' }).click();
    await reviewer.getByLabel('Username').fill('keen_reviewer');
    await reviewer.getByLabel('Email').fill('keen@example.org');
    await reviewer.getByLabel('Password', { exact: true }).fill('reviewing all night long');
    await reviewer.getByLabel('Confirm password').fill('reviewing all night long');
    await reviewer.getByLabel('I have read and agree to the Terms of Service').check();
    await reviewer.getByLabel(/I am at least \d+ years old/).check();
    await reviewer.getByRole('button', { name: 'Create account' }).click();
    await reviewer.waitForURL((url) => url.pathname !== '/users/new' && url.pathname !== '/users');
    // Signing up does not log in (it would tell who is registered); the reviewer confirms the mailed link and logs in.
    const mail = await env.archive.lastMail('keen@example.org');
    await reviewer.goto(env.base + /http:\/\/archive\.test(\S+)/.exec(mail!.body)![1]!);
    await logIn(reviewer, 'keen_reviewer', 'reviewing all night long');
    await reviewer.goto(`${env.base}/works/${workId}/chapters/${chapter2}`);
    await reviewer.getByLabel('Comment', { exact: true }).fill('Chapter two made me cry.\nIn a good way.');
    await reviewer.getByRole('button', { name: 'Comment' }).click();
    await reviewer.locator('.flash').filter({ hasText: 'Comment created!' }).waitFor();
    assert.equal(new URL(reviewer.url()).pathname, `/works/${workId}/chapters/${chapter2}`);
    assert.match(await reviewer.locator('#comments').textContent() ?? '', /Chapter two made me cry/);

    const author = await (await env.browser.newContext()).newPage();
    await logIn(author, 'review_author', 'a long test passphrase');
    await author.goto(`${env.base}/inbox`);
    await author.getByRole('link', { name: 'Reviewed Work' }).click();
    await author.getByLabel('Comment', { exact: true }).fill('Thank you so much!');
    await author.getByRole('button', { name: 'Comment' }).click();
    await author.locator('.flash').filter({ hasText: 'Comment created!' }).waitFor();

    await reviewer.goto(`${env.base}/inbox`);
    const item = reviewer.locator('ol.inbox li').first();
    assert.match(await item.textContent() ?? '', /review_author replied to your comment on\s+Reviewed Work/);
    assert.match(await item.textContent() ?? '', /Thank you so much!/);
    assert.match(await item.textContent() ?? '', /\(Unread\)/);
    await item.getByRole('checkbox').check();
    await reviewer.getByRole('button', { name: 'Mark read' }).click();
    await reviewer.locator('.flash').filter({ hasText: '1 message marked read.' }).waitFor();
    assert.doesNotMatch(await reviewer.locator('ol.inbox li').first().textContent() ?? '', /\(Unread\)/);
    await reviewer.context().close();
    await author.context().close();
  });

  test('the comments pages pass axe (0 violations)', async () => {
    const context = await env.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await logIn(page, 'review_author', 'a long test passphrase');
    for (const path of [`/works/${workId}/comments`, `/works/${workId}/chapters/${chapter2}/comments`, '/inbox', '/comments/moderation', '/users/keen_reviewer/comments']) {
      await page.goto(`${env.base}${path}`);
      assert.deepEqual(await axeViolations(page), [], path);
    }
    await page.goto(`${env.base}/works/${workId}/comments`);
    await page.locator('ol.thread li.comment').first().getByRole('link', { name: 'Thread' }).click();
    assert.deepEqual(await axeViolations(page), [], 'thread page');
    await page.locator('ol.thread li.comment').filter({ hasText: 'Thank you so much!' }).getByRole('link', { name: 'Edit' }).click();
    assert.deepEqual(await axeViolations(page), [], 'edit page');
    // On the work page, only the comments block is this feature's.
    await page.goto(`${env.base}/works/${workId}/chapters/${chapter2}`);
    const violations = await axeViolations(page);
    const inBlock = await page.evaluate((vs) => vs.filter((v) => v.targets.some((t) => document.querySelector(t)?.closest('#comments'))), violations);
    assert.deepEqual(inBlock, []);
    const guest = await (await env.browser.newContext({ bypassCSP: true })).newPage();
    await guest.goto(`${env.base}/works/${workId}/comments`);
    assert.deepEqual(await axeViolations(guest), [], 'guest view');
    await guest.goto(`${env.base}/works/${openWork}/comments`);
    await guest.getByLabel('Guest name').waitFor();
    assert.deepEqual(await axeViolations(guest), [], 'guest comment form');
    await guest.context().close();
    await context.close();
  });
});
