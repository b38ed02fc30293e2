/**
 * The listing journey in Chromium, at 1280 and 375 px, with JavaScript on and off: from the home page a reader
 * reaches a fandom, excludes a tag, sorts by kudos and saves the filter. Every click is counted, and each control
 * the reader needs next is checked to be on the first screen when the page opens (the buttons at the top of the
 * filter panel, the narrow screen's "Sort and filter"). The listing with its panel open has no axe-core
 * violations in light and dark. SCREENSHOT_DIR=… saves the listing at each size and scheme.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { browserSkip, useBrowserArchive, axeInBothSchemes, logIn } from '../support/browser.ts';
import { workForm } from '../support/works.ts';
import { ADMIN_PASSWORD } from '../support/archive.ts';

const SHOTS = process.env.SCREENSHOT_DIR;
const PASSWORD = 'a long test passphrase';
const HEIGHT = 800;

describe('the listing journey in Chromium', { skip: browserSkip }, () => {
  const env = useBrowserArchive({ prepare: async (archive) => {
    const admin = archive.visitor('192.0.2.30');
    await admin.login('admin', ADMIN_PASSWORD);
    const writer = archive.visitor('192.0.2.31');
    await writer.register('bridge_writer');
    await archive.visitor('192.0.2.32').register('sofa_reader');
    const works: [string, string, number][] = [['Quiet Shift', 'Fluff', 0], ['Red Alert', 'Angst', 3], ['Shore Leave', 'Fluff', 5], ['Long Night', 'Angst', 1]];
    for (const [title, freeform, kudos] of works) {
      const res = await writer.post('/works', workForm({ 'work[title]': title, 'work[fandom_string]': 'Star Trek', 'work[freeform_string]': freeform }));
      const id = Number(/\/works\/(\d+)/.exec(String(res.headers.location))![1]);
      for (let i = 0; i < kudos; i++) await archive.visitor(`198.18.30.${id * 10 + i}`).post(`/works/${id}/kudos`);
    }
    for (const [tag, media] of [['Star Trek', 'TV Shows'], ['Fluff', ''], ['Angst', '']]) {
      await admin.post(`/tags/${encodeURIComponent(tag!)}/canonical`, { 'tag[canonical]': '1' });
      if (media) await admin.post(`/tags/${encodeURIComponent(tag!)}/media`, { 'tag[media]': media });
    }
  } });

  /** Whether the element is wholly within the first screen of the page as it opened (no scrolling). */
  const onFirstScreen = async (locator: Locator) => {
    const box = await locator.boundingBox();
    return box !== null && box.y >= 0 && box.y + box.height <= HEIGHT;
  };

  const titles = (page: Page) => page.locator('li.work.blurb h4.heading a:first-child').allTextContents();

  /** The reader's page with JavaScript on or off: one context each, logged in once and resized for each width. */
  const readerPages = new Map<boolean, Promise<Page>>();
  const readerPage = (js: boolean): Promise<Page> => {
    if (!readerPages.has(js)) {
      readerPages.set(js, (async () => {
        const ctx = await env.browser.newContext({ javaScriptEnabled: js, viewport: { width: 1280, height: HEIGHT } });
        const page = await ctx.newPage();
        await logIn(page, env.base, 'sofa_reader', PASSWORD);
        return page;
      })());
    }
    return readerPages.get(js)!;
  };
  const WIDTHS = [1280, 375];

  for (const width of WIDTHS) {
    for (const js of [true, false]) {
      test(`home → fandom → exclude a tag → by kudos → saved, at ${width} px with JavaScript ${js ? 'on' : 'off'}`, async () => {
        const page = await readerPage(js);
        await page.setViewportSize({ width, height: HEIGHT });
        let clicks = 0;
        const click = async (locator: Locator) => { clicks++; await locator.click(); };

        await page.goto(`${env.base}/`);
        await click(page.getByRole('main').getByRole('link', { name: 'Star Trek', exact: true }).first());
        await page.waitForURL(`${env.base}/tags/Star%20Trek/works`);
        assert.deepEqual((await titles(page)).length, 4);

        const toggle = page.locator('summary.filter-toggle');
        if (width < 1024) {
          assert.ok(await onFirstScreen(toggle), 'the narrow screen\'s "Sort and filter" is on the first screen');
          await click(toggle);
        } else {
          assert.equal(await toggle.isVisible(), false, 'the wide screen shows the panel without a button');
        }
        const apply = page.getByRole('button', { name: 'Sort and Filter' }).first();
        const save = page.getByRole('button', { name: 'Save filter' });
        assert.ok(await onFirstScreen(apply), 'the panel\'s submit button is on the first screen');
        assert.ok(await onFirstScreen(save), '"Save filter" is on the first screen');

        await click(page.locator('summary', { hasText: 'Exclude Additional Tags' }));
        await click(page.getByRole('group', { name: 'Exclude Additional Tags' }).getByLabel(/^Fluff/));
        await page.getByLabel('Sort by').selectOption({ label: 'Kudos' });
        if (!js) {
          // Without JavaScript "Save filter" keeps the filter last applied, so the reader applies it first.
          await click(apply);
          assert.deepEqual(await titles(page), ['Red Alert', 'Long Night']);
          if (width < 1024) await click(toggle);
        }
        await page.getByLabel('Save this filter as').fill(`No fluff ${width} ${js}`);
        await click(page.getByRole('button', { name: 'Save filter' }));
        await page.waitForURL(/\/tags\/Star%20Trek\/works\?/);
        assert.deepEqual(await titles(page), ['Red Alert', 'Long Night'], 'back on the fandom, without Fluff, most kudos first');
        assert.match(await page.locator('.flash').textContent() ?? '', /Filter saved/);
        assert.ok(clicks <= (js ? 4 : 5) + (width < 1024 ? (js ? 1 : 2) : 0), `${clicks} clicks`);

        await page.goto(`${env.base}/settings/filters`);
        await page.getByRole('link', { name: `No fluff ${width} ${js}` }).click();
        assert.deepEqual(await titles(page), ['Red Alert', 'Long Night'], 'the saved filter means Star Trek without Fluff, by kudos, on /works too');
        if (width === WIDTHS.at(-1)) await page.context().close();
      });
    }
  }

  test('the listing with its panel open has no axe-core violations, light and dark', async () => {
    const ctx = await env.browser.newContext({ viewport: { width: 1280, height: HEIGHT }, bypassCSP: true });
    const page = await ctx.newPage();
    await logIn(page, env.base, 'sofa_reader', PASSWORD);
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: HEIGHT });
      await page.goto(`${env.base}/tags/Star%20Trek/works?work_search%5Bexcluded_tag_names%5D=Fluff&work_search%5Bsort_column%5D=kudos_count`);
      if (width < 1024) await page.locator('summary.filter-toggle').click();
      for (const summary of await page.locator('details.facet > summary').all()) await summary.click();
      const violations = await axeInBothSchemes(page);
      assert.deepEqual(violations, [], `${width} px: ${JSON.stringify(violations, null, 1)}`);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, `no sideways scroll (${width} px, ${colorScheme})`);
        if (SHOTS) {
          mkdirSync(SHOTS, { recursive: true });
          await page.screenshot({ path: join(SHOTS, `listing-${width}-${colorScheme}.png`), fullPage: true });
        }
      }
      await page.emulateMedia({ colorScheme: 'light' });
    }
    await ctx.close();
  });
});
