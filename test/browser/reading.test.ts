import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { browserSkip, useBrowserArchive, axeViolations } from '../support/browser.ts';
import { postWork } from '../../src/actions/post-work.ts';
import { addChapter } from '../../src/actions/add-chapter.ts';
import { userByLogin } from '../../src/storage/users.ts';
import { encodeReaderCookie } from '../../src/domain/reader-cookie.ts';
import { DEFAULT_PREFERENCES, type ReaderPreferences } from '../../src/domain/reader-preferences.ts';
import type { ChapterInput, WorkInput } from '../../src/domain/work.ts';

const paragraphs = (n: number, words: string) => Array.from({ length: n }, (_, i) => `${i + 1}. ${words}`).join('\n\n');
const chapter = (title: string, body: string): ChapterInput => ({ title, summary: '', notes: '', endNotes: '', body, format: 'text' });

/** The `<html>` attributes the reading settings drive. */
const attributes = (page: Page) => page.evaluate(() => ({ ...document.documentElement.dataset }));

describe('reading settings in Chromium', { skip: browserSkip }, () => {
  let workUrl: string;

  const env = useBrowserArchive({ prepare: async (archive) => {
    const ctx = archive.app.ctx;
    const author = await userByLogin(archive.app.db, 'admin');
    const work: WorkInput = {
      title: 'A Long Road North', summary: 'Two travellers and a <em>very</em> long road.', notes: 'For everyone who reads on the bus.', endNotes: 'Thank you for reading.',
      betaCredits: '', betaLogins: [], coCreatorLogins: [], rating: 'General Audiences', warnings: ['No Archive Warnings Apply'], categories: [],
      tags: { fandom: ['Original Work'], relationship: [], character: ['Mira', 'Tomas'], freeform: ['Road Trip', 'Found Family'] },
      language: 'en', expectedChapters: 2, publishedOn: '', visibility: 'public', seriesTitle: '',
    };
    const long = 'The road went on and on through fields and forests, and the travellers talked about everything and nothing while the light changed.';
    const { workId } = await postWork(ctx, author, { work, chapter: chapter('Setting Out', paragraphs(40, long)), publish: true });
    await addChapter(ctx, author, workId, { commit: 'post', publishAt: '', silent: false, chapter: chapter('Arriving', paragraphs(20, long)) });
    workUrl = `/works/${workId}`;
  } });

  test('with JavaScript: a change applies at once, without navigating, and is saved in the background', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    await page.goto(`${env.base}${workUrl}`);
    await page.evaluate(() => { (window as unknown as { stayed: boolean }).stayed = true; });
    await page.getByText('Reading settings').click();
    const saved = page.waitForResponse((r) => r.url().endsWith('/reader-settings') && r.status() === 200);
    await page.getByLabel('Colours').selectOption('dark');
    assert.equal((await attributes(page)).theme, 'dark', 'the theme changes at once');
    await saved;
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(22, 23, 26)');

    const fullWidth = await page.locator('.work-page').evaluate((e) => e.getBoundingClientRect().width);
    const savedAgain = page.waitForResponse((r) => r.url().endsWith('/reader-settings') && r.status() === 200);
    await page.getByLabel('Text width').selectOption('half');
    assert.equal((await attributes(page)).width, 'half');
    const halfWidth = await page.locator('.work-page').evaluate((e) => e.getBoundingClientRect().width);
    assert.ok(Math.abs(halfWidth / fullWidth - 0.5) < 0.01, `half of the reading column (${halfWidth} of ${fullWidth})`);
    await savedAgain;

    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.locator('.reader-status').filter({ hasText: 'Saved.' }).waitFor();
    assert.equal((await attributes(page)).size, '4');
    assert.equal(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed), true, 'no navigation happened');
    assert.equal(new URL(page.url()).pathname, workUrl);

    await page.reload();
    const after = await attributes(page);
    assert.deepEqual([after.theme, after.width, after.size], ['dark', 'half', '4'], 'the choices were saved for the next page');
    assert.equal(await page.getByLabel('Colours').inputValue(), 'dark');
    await context.close();
  });

  test('without JavaScript: the form posts, saves and comes back to the work', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.base}${workUrl}`);
    assert.equal((await attributes(page)).theme, 'auto');
    await page.getByText('Reading settings').click();
    await page.getByLabel('Colours').selectOption('dark');
    await page.getByLabel('Text width').selectOption('half');
    assert.equal((await attributes(page)).theme, 'auto', 'nothing changes before the form is sent');
    await Promise.all([page.waitForURL(`${env.base}${workUrl}`), page.getByRole('button', { name: 'Save settings' }).click()]);
    const after = await attributes(page);
    assert.deepEqual([after.theme, after.width], ['dark', 'half']);
    assert.match(await page.locator('.flash').textContent() ?? '', /Your reading settings are saved/);
    await context.close();
  });

  test('the work page has no axe-core violations in the light, dark and sepia themes', async () => {
    // One context: each theme replaces the reading settings' cookie, the device's color scheme following the theme.
    const context = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true });
    const page = await context.newPage();
    for (const theme of ['light', 'dark', 'sepia'] as const) {
      const prefs: ReaderPreferences = { ...DEFAULT_PREFERENCES, theme };
      await context.addCookies([{ name: 'quire_reader', value: encodeReaderCookie(prefs), url: env.base }]);
      await page.emulateMedia({ colorScheme: theme === 'dark' ? 'dark' : 'light' });
      for (const path of [workUrl, `${workUrl}?view_full_work=true`]) {
        await page.goto(`${env.base}${path}`);
        assert.equal((await attributes(page)).theme, theme);
        await page.getByText('Reading settings').click();
        const violations = await axeViolations(page);
        assert.deepEqual(violations, [], `${path} (${theme}): ${JSON.stringify(violations, null, 1)}`);
      }
    }
    await context.close();
  });

  test('the device theme, the print and plain versions and the settings page have no axe-core violations', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true, colorScheme: 'dark' });
    const page = await context.newPage();
    for (const path of [workUrl, `${workUrl}/print`, `${workUrl}/plain`]) {
      await page.goto(`${env.base}${path}`);
      const violations = await axeViolations(page);
      assert.deepEqual(violations, [], `${path}: ${JSON.stringify(violations, null, 1)}`);
    }
    await page.goto(`${env.base}/users/login`);
    await page.getByLabel('Username or email').fill('admin');
    await page.getByLabel('Password').fill('keeper of the archive');
    await Promise.all([page.waitForURL(`${env.base}/`), page.getByRole('button', { name: 'Log in' }).click()]);
    await page.goto(`${env.base}/settings/reading`);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `/settings/reading: ${JSON.stringify(violations, null, 1)}`);
    await context.close();
  });

  test('a 320 px screen does not scroll sideways, whatever the chosen width and size', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await env.browser.newContext({ javaScriptEnabled, viewport: { width: 320, height: 640 } });
      await context.addCookies([{ name: 'quire_reader', value: encodeReaderCookie({ ...DEFAULT_PREFERENCES, width: 'half', fontSize: 5, font: 'dyslexic' }), url: env.base }]);
      const page = await context.newPage();
      for (const path of [workUrl, `${workUrl}?view_full_work=true`, `${workUrl}/print`, `${workUrl}/plain`]) {
        await page.goto(`${env.base}${path}`);
        if (path === workUrl) await page.getByText('Reading settings').click();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, `${path} scrolls sideways by ${overflow}px (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`);
        if (path === workUrl) {
          const [text, column] = await page.evaluate(() => [document.querySelector('.work-page')!.getBoundingClientRect().width, document.querySelector('main')!.clientWidth]);
          assert.ok(text! > column! * 0.8, 'narrow screens always use the full width');
        }
      }
      await context.close();
    }
  });
});
