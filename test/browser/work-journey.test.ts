/**
 * The whole reading journey in Chromium: an author posts a three-chapter Explicit work with notes at every
 * level through the forms; a guest meets the adult gate, reads chapter 2, changes theme and width, opens the
 * print and plain versions and leaves kudos. Run with JavaScript on and off.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { browserSkip, useBrowserArchive, axeViolations, logIn } from '../support/browser.ts';

async function postChapter(page: Page, n: number) {
  await page.getByRole('link', { name: 'Add chapter' }).click();
  await page.getByLabel('Chapter title').fill(`Part ${n}`);
  await page.getByLabel('Chapter summary').fill(`Summary of part ${n}.`);
  await page.getByLabel('Chapter notes (at the beginning)').fill(`Before part ${n}.`);
  await page.getByLabel('Chapter notes (at the end)').fill(`After part ${n}.`);
  await page.getByLabel('Plain text').check();
  await page.getByLabel('Chapter text').fill(`The words of part ${n} begin here.\n\nAnd part ${n} ends here.`);
  await page.getByRole('button', { name: 'Post chapter' }).click();
  await page.waitForURL(/\/works\/\d+\/chapters\/\d+/);
}

describe('a work from posting to reading, in Chromium', { skip: browserSkip }, () => {
  let workUrl: string;

  const env = useBrowserArchive();

  test('an author posts a three-chapter Explicit work with notes at every level', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.base}/users/new`);
    await page.getByLabel('Username').fill('night_writer');
    await page.getByLabel('Email').fill('night@example.org');
    await page.getByLabel('Password', { exact: true }).fill('ink stains everywhere');
    await page.getByLabel('Confirm password').fill('ink stains everywhere');
    await page.getByLabel('I have read and agree to the Terms of Service').check();
    await page.getByLabel('I am at least 13 years old').check();
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL((url) => url.pathname !== '/users/new' && url.pathname !== '/users');
    // Posting needs a confirmed address: the author follows the link the archive mailed, and logs in if need be.
    const mail = await env.archive.lastMail('night@example.org');
    await page.goto(env.base + /http:\/\/archive\.test(\S+)/.exec(mail!.body)![1]);
    if (await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Log in' }).count()) await logIn(page, env.base, 'night_writer', 'ink stains everywhere');
    await page.locator('details.user-menu > summary').click();
    await page.getByRole('link', { name: 'Post new work' }).click();
    await page.getByLabel('Rating').selectOption('Explicit');
    await page.getByLabel('Choose Not To Use Archive Warnings').check();
    await page.getByLabel('Fandoms', { exact: true }).fill('Original Work');
    await page.getByLabel('Work title').fill('Lanterns After Midnight');
    await page.getByLabel('Summary', { exact: true }).fill('A night market, <em>two</em> rivals.');
    await page.getByLabel('Notes (at the beginning)', { exact: true }).fill('Work notes first.');
    await page.getByLabel('Notes (at the end)', { exact: true }).fill('Work notes last.');
    await page.getByLabel('Total chapters planned').fill('3');
    await page.getByLabel('Chapter title').fill('Part 1');
    await page.getByLabel('Chapter notes (at the beginning)').fill('Before part 1.');
    await page.getByLabel('Chapter notes (at the end)').fill('After part 1.');
    await page.getByLabel('Plain text').check();
    await page.getByLabel('Chapter text').fill('The words of part 1 begin here.\n\nAnd part 1 ends here.');
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    await page.waitForURL(/\/works\/\d+$/);
    workUrl = new URL(page.url()).pathname;
    await postChapter(page, 2);
    await page.goto(`${env.base}${workUrl}`);
    await postChapter(page, 3);
    await page.goto(`${env.base}${workUrl}?view_full_work=true`);
    assert.equal((await page.locator('dd.chapters').textContent())?.trim(), '3/3');
    for (const text of ['Work notes first.', 'Work notes last.', 'Before part 1.', 'After part 3.', 'Summary of part 2.']) {
      assert.ok(await page.getByText(text).count(), text);
    }
    await context.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    test(`a guest reads it (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context = await env.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${env.base}${workUrl}`);
      assert.match(await page.locator('main').textContent() ?? '', /This work could have adult content\. If you continue, you have agreed that you are willing to see such content\./);
      await page.getByRole('link', { name: 'Yes, Continue' }).click();
      assert.match(await page.locator('.userstuff.module').textContent() ?? '', /part 1 begin/);

      await page.getByRole('link', { name: 'Next chapter →' }).first().click();
      assert.match(await page.locator('.userstuff.module').textContent() ?? '', /The words of part 2 begin here/);
      assert.match(await page.locator('#summary').textContent() ?? '', /Summary of part 2/);

      await page.getByText('Reading settings').click();
      await page.getByLabel('Colours').selectOption('dark');
      await page.getByLabel('Text width').selectOption('half');
      if (!javaScriptEnabled) await page.getByRole('button', { name: 'Save settings' }).click();
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark' && document.documentElement.dataset.width === 'half');
      assert.match(page.url(), /\/chapters\/\d+/, 'still on chapter 2');
      await page.reload();
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark', 'remembered');

      await page.getByRole('link', { name: 'Print version' }).click();
      const print = await page.locator('body').textContent() ?? '';
      for (const n of [1, 2, 3]) assert.match(print, new RegExp(`part ${n} ends here`));
      assert.equal(await page.locator('header.site-header').count(), 0, 'no site chrome in print');
      await page.goBack();
      await page.getByRole('link', { name: 'Plain version' }).click();
      assert.match(await page.locator('body').textContent() ?? '', /And part 3 ends here/);
      assert.equal(await page.locator('script').count(), 0, 'no scripts in the plain version');
      await page.goBack();

      await page.getByRole('button', { name: /Kudos/ }).click();
      await page.waitForFunction(() => /guest/.test(document.querySelector('#kudos')?.textContent ?? ''));
      await page.reload();
      assert.match(await page.locator('#kudos').textContent() ?? '', /1 guest/);
      await context.close();
    });
  }

  test('the work page has no axe-core violations in any theme', async () => {
    for (const theme of ['light', 'dark', 'sepia']) {
      const context = await env.browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${env.base}${workUrl}?view_adult=true`);
      await page.getByText('Reading settings').click();
      await page.getByLabel('Colours').selectOption(theme);
      await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `${theme}: ${JSON.stringify(violations, null, 1)}`);
      await context.close();
    }
  });
});
