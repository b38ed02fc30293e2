/**
 * An imported eFiction story in Chromium: its scene breaks keep the characters the author typed, centred between
 * the scenes; its work notes open the first chapter only; a chapter titled "Chapter 3" is headed once. Axe-clean in
 * light and dark, no sideways scroll at 320 and 375 px. A response on a story of two authors reads "The author". SCREENSHOT_DIR=… saves screenshots at 1280 and 375 px.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserSkip, useBrowserArchive, axeInBothSchemes, logIn, saveScreenshotsInBothSchemes } from '../support/browser.ts';
import { runQuire } from '../support/cli.ts';
import { writeEfictionArchive, MARY_PASSWORD } from '../fixtures/efiction/factory.ts';
import { legacyId } from '../../src/storage/legacy-ids.ts';
import { chaptersOfWork } from '../../src/storage/chapters.ts';

/** Fails when the page scrolls sideways, in light or in dark. */
async function noSidewaysScroll(page: Page, what: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${what} scrolls sideways by ${overflow} px (${colorScheme})`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('an imported eFiction story in Chromium', { skip: browserSkip }, () => {
  const env = useBrowserArchive({ prepare: async (archive) => {
    const dir = mkdtempSync(join(tmpdir(), 'quire-efiction-browser-'));
    try {
      const files = writeEfictionArchive(dir, { dates: 'datetime' });
      const r = await runQuire(archive, ['import', 'efiction', '--dump', files.dump, '--stories-dir', files.storiesDir]);
      assert.equal(r.status, 0, r.stderr + r.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } });

  test('scene breaks, notes and headings as the author wrote them, in light and dark, wide and narrow', async () => {
    const db = env.archive.app.db;
    const workId = (await legacyId(db, 'work', 4))!;
    const [first, , third] = await chaptersOfWork(db, workId);
    const context = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await logIn(page, env.base, 'Mary-Kate Sue', MARY_PASSWORD);
    for (const width of [1280, 375, 320]) {
      await page.setViewportSize({ width, height: 900 });
      for (const [name, chapter] of [['chapter-1', first!], ['chapter-3', third!]] as const) {
        await page.goto(`${env.base}/works/${workId}/chapters/${chapter.id}`);
        if (name === 'chapter-1') {
          const breaks = page.locator('p.scene-break[role="separator"]');
          assert.deepEqual(await breaks.allTextContents(), ['* * *', '~*~*~', 'oOo', '-x-x-x-', '§']);
          assert.equal(await breaks.first().evaluate((el) => getComputedStyle(el).textAlign), 'center');
          assert.equal(await page.getByText("Mary's story notes.").count(), 1, 'the work notes open the first chapter');
        } else {
          assert.equal((await page.locator('#chapters h3.title').textContent())?.trim(), 'Chapter 3');
          assert.equal(await page.getByText("Mary's story notes.").count(), 0, 'and only the first');
        }
        await noSidewaysScroll(page, `${name} at ${width} px`);
        if (width !== 320) {
          const violations = await axeInBothSchemes(page);
          assert.deepEqual(violations, [], `${name} ${width}: ${JSON.stringify(violations, null, 1)}`);
          await saveScreenshotsInBothSchemes(page, (colorScheme) => `efiction-${name}-${width}-${colorScheme}`);
        }
      }
    }
    await context.close();
  });

  test('a response on a co-authored story is "The author"\'s, not a guest\'s', async () => {
    const workId = (await legacyId(env.archive.app.db, 'work', 2))!;
    const context = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${env.base}/works/${workId}/comments?view_adult=true`);
      const bylines = await page.locator('.byline').allTextContents();
      assert.ok(bylines.some((b) => /^The author\s/.test(b.trim())), JSON.stringify(bylines));
      assert.ok(!bylines.some((b) => /the author \(Guest\)/.test(b)), JSON.stringify(bylines));
      await noSidewaysScroll(page, `comments at ${width} px`);
      const violations = await axeInBothSchemes(page);
      assert.deepEqual(violations, [], `comments ${width}: ${JSON.stringify(violations, null, 1)}`);
      await saveScreenshotsInBothSchemes(page, (colorScheme) => `efiction-comments-${width}-${colorScheme}`);
    }
    await context.close();
  });
});
