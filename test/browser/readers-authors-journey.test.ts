/**
 * Readers' and authors' own tools in one Chromium journey, at 1280 and at 375 px: a reader marks a three-chapter work
 * for later, reads it chapter by chapter to the end (the mark clears, History lists it) and leaves kudos; a guest
 * reads it too; the author opens Statistics from the member menu and finds the visit and the kudos in the chart and
 * its table; edits the series' description and marks it complete; adds a second pseud and posts a work as it, given
 * to the reader; the reader finds it on their gifts page and comments on it with italics and a link, previewed first.
 * Everything goes through the pages (clicks and typing); the test only flushes the hit and history buffers, as the
 * server does every few seconds. Every page is checked with axe-core and for sideways scroll; the key pages in dark
 * too. SCREENSHOT_DIR=… saves screenshots (light everywhere, dark for the key pages).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { workForm } from '../support/works.ts';
import { chapterForm, workIdOf } from '../support/chapters.ts';
import { browserSkip, useBrowserArchive, axeViolations, COLOR_RULES, contractExempt, logIn, saveScreenshot } from '../support/browser.ts';

const PASSWORD = 'a long test passphrase';
const TITLE = 'Three Winters';
const GIFT = 'A Lantern for Wren';
/** The first screen of a laptop and of a small phone. */
const HEIGHTS: Record<number, number> = { 1280: 800, 375: 667 };

// The two widths run at once, each on its own archive and Chromium: each journey waits on the server and the browser in
// turn, so the other one's steps fill those waits.
describe("readers' and authors' tools in Chromium", { skip: browserSkip, concurrency: true }, () => {
  for (const width of [1280, 375]) {
    describe(`readers' and authors' tools in Chromium at ${width} px`, () => {
      let workId: number;
      const env = useBrowserArchive({ prepare: async (archive) => {
        const author = archive.visitor('198.51.100.10');
        await author.register('quill');
        await archive.visitor('198.51.100.11').register('wren');
        workId = workIdOf((await author.post('/works', workForm({ 'work[title]': TITLE, 'work[wip_length]': '3', 'work[series_title]': 'The Cold Years', 'chapter[title]': 'First Frost' }))).headers.location);
        for (const title of ['Deep Snow', 'Thaw']) assert.equal((await author.post(`/works/${workId}/chapters`, chapterForm({ 'chapter[title]': title }))).statusCode, 303);
      } });

      const viewport = { width, height: HEIGHTS[width]! };
      const open = async (login?: string): Promise<Page> => {
        const context = await env.browser.newContext({ viewport, bypassCSP: true, colorScheme: 'light' });
        const page = await context.newPage();
        if (login) await logIn(page, env.base, login, PASSWORD);
        return page;
      };

      /** axe-core and sideways scroll on the page as it is; with `dark`, the color rules again in the dark scheme. Screenshots of each. */
      const check = async (page: Page, name: string, dark = false) => {
        for (const scheme of dark ? ['light', 'dark'] as const : ['light'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          // The dark theme changes colors only: in dark, only the color rules run again.
          const violations = contractExempt(await axeViolations(page, scheme === 'dark' ? COLOR_RULES : undefined));
          assert.deepEqual(violations, [], `${name} at ${width} px (${scheme}): ${JSON.stringify(violations, null, 1)}`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.equal(overflow, 0, `${name} scrolls sideways by ${overflow}px at ${width} px`);
          await saveScreenshot(page, `journey-${name}-${width}-${scheme}`);
        }
        await page.emulateMedia({ colorScheme: 'light' });
      };

      const memberMenu = async (page: Page, link: string) => {
        await page.locator('.user-menu > summary').click();
        await page.locator('.user-menu-items').getByRole('link', { name: link, exact: true }).click();
      };

      /** The top of an element, measured with the page scrolled to its start. */
      const topOf = async (page: Page, selector: ReturnType<Page['locator']>) => {
        await page.evaluate(() => window.scrollTo(0, 0));
        return (await selector.boundingBox())!.y;
      };

      test('mark for later, read to the end, kudos, statistics, series, a pseud\'s gift and a formatted comment', async (t) => {
        // The reader opens the work: Mark for Later is on the first screen; kudos, as on AO3, come after the text.
        const reader = await open('wren');
        await reader.goto(`${env.base}/works/${workId}`);
        const mark = reader.locator('ul.work.navigation li.mark').getByRole('button', { name: 'Mark for Later' });
        const kudos = reader.getByRole('button', { name: 'Kudos' });
        const markTop = await topOf(reader, mark);
        assert.ok(markTop < viewport.height, `Mark for Later is on the first screen at ${width} px (top ${markTop})`);
        // Kudos follow the chapter's text, as on AO3 (the reader has read it by then): below the first screen here.
        const kudosTop = await topOf(reader, kudos);
        const chapterBottom = await reader.locator('#chapters').evaluate((e) => e.getBoundingClientRect().bottom);
        assert.ok(kudosTop > chapterBottom, 'the kudos button comes after the chapter text');
        await check(reader, 'work', true);
        await mark.click();
        await reader.locator('.flash').filter({ hasText: 'This work was added to your Marked for Later list.' }).waitFor();
        assert.equal(await reader.locator('li.mark').getByRole('button', { name: 'Mark as Read' }).count(), 1);
        await check(reader, 'work-marked');

        await memberMenu(reader, 'Marked for Later');
        assert.equal(await reader.locator('h1').textContent(), 'Marked for Later');
        await check(reader, 'marked-for-later', true);
        await reader.locator(`li#work_${workId}`).getByRole('link', { name: TITLE }).click();
        for (const chapter of ['Deep Snow', 'Thaw']) {
          await reader.getByRole('link', { name: /Next chapter/ }).first().click();
          await reader.locator('h3.title').filter({ hasText: chapter }).first().waitFor();
          await check(reader, `chapter-${chapter.replace(/\W+/g, '-').toLowerCase()}`);
        }
        assert.equal(await reader.getByRole('link', { name: /Next chapter/ }).count(), 0, 'Thaw is the last chapter');
        await reader.getByRole('button', { name: 'Kudos' }).click();
        await reader.locator('#kudos_message').filter({ hasText: 'Thank you for leaving kudos!' }).waitFor();
        assert.match(await reader.locator('#kudos').textContent() ?? '', /Kudos from wren/);

        // The visits are written as the server's timer would; then the mark is gone and History has the work.
        await env.archive.app.readings.flush();
        await memberMenu(reader, 'Marked for Later');
        await reader.locator('p.empty').filter({ hasText: 'You have not marked any works for later.' }).waitFor();
        await memberMenu(reader, 'History');
        const entry = reader.locator(`li#work_${workId}`);
        assert.equal(await entry.getByRole('link', { name: TITLE }).count(), 1);
        assert.match(await entry.locator('p.viewed').textContent() ?? '', /Visited \d+ times/);
        await check(reader, 'history', true);

        // A guest reads it as well; the hits are written; the author opens Statistics.
        const guest = await open();
        await guest.goto(`${env.base}/works/${workId}`);
        await guest.context().close();
        await env.archive.app.hits.flush();
        const author = await open('quill');
        await memberMenu(author, 'Statistics');
        await author.waitForURL(`${env.base}/users/quill/stats`);
        const hitsChart = author.getByRole('img', { name: 'Hits per day' });
        const kudosChart = author.getByRole('img', { name: 'Kudos per day' });
        assert.match(await hitsChart.locator('desc').textContent() ?? '', /: 2 hits in all; the most, 2, on /);
        assert.match(await kudosChart.locator('desc').textContent() ?? '', /: 1 kudos in all; the most, 1, on /);
        assert.equal(await hitsChart.locator('rect.bar').count(), 1, 'one day with hits, drawn as one bar');
        assert.equal(await kudosChart.locator('rect.bar').count(), 1);
        await author.locator('details.chart-data > summary').click();
        // The day the hits were counted (the run may have crossed midnight UTC since): its row holds them.
        const day = /, on (.+)\.$/.exec(await hitsChart.locator('desc').textContent() ?? '')?.[1];
        const rows = await author.locator('table.chart-table tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', ...[...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')]));
        assert.deepEqual(rows.find(([th]) => th === day)?.slice(1), ['2', '1'], `the day in the table (${day}): 2 hits, 1 kudos`);
        assert.ok(rows.slice(-2).some(([th]) => th === day), 'that day is today (or yesterday, past midnight)');
        const row = author.locator('table.stats-table tbody tr').filter({ hasText: TITLE });
        assert.equal(await row.locator('td.hits').textContent(), '2');
        assert.equal(await row.locator('td.kudos').textContent(), '1');
        await check(author, 'stats', true);

        // The series: from the work's "Part 1 of" link to the series page and its Edit Series form.
        await author.goto(`${env.base}/works/${workId}`);
        await author.locator('dd.series').getByRole('link', { name: 'The Cold Years' }).click();
        await author.getByRole('link', { name: 'Edit Series' }).click();
        await author.getByLabel('Description').fill('Three <em>winters</em> in one valley.');
        await author.getByLabel(/This series is complete/).check();
        await check(author, 'series-edit');
        await author.getByRole('button', { name: 'Save changes' }).click();
        await author.waitForURL(/\/series\/\d+$/);
        assert.match(await author.locator('dl.series').textContent() ?? '', /Three winters in one valley\./);
        assert.equal(await author.locator('dl.series em').textContent(), 'winters');
        const seriesStats = author.locator('dl.stats').filter({ has: author.locator('dd.complete') });
        assert.match(await seriesStats.textContent() ?? '', /Works:\s*1\s*Complete:\s*Yes/);
        await check(author, 'series', true);

        // A second pseud, from the profile's pseuds page.
        await memberMenu(author, 'My profile');
        await author.getByRole('link', { name: 'Pseuds of quill' }).click();
        await author.getByRole('link', { name: 'New pseud' }).click();
        await author.getByLabel('Name').fill('Winter Quill');
        await author.getByLabel('Description').fill('Cold-weather stories.');
        await author.getByRole('button', { name: 'Create the pseud' }).click();
        assert.match(await author.locator('.flash').textContent() ?? '', /The pseud Winter Quill was created/);

        // A new work as that pseud, given to the reader.
        await memberMenu(author, 'Post new work');
        await author.getByLabel('Creator/Pseud(s)').selectOption({ label: 'Winter Quill' });
        await author.getByLabel('Rating').selectOption('General Audiences');
        await author.getByLabel('No Archive Warnings Apply').check();
        await author.getByLabel('Fandoms', { exact: true }).fill('Original Work');
        await author.getByLabel('Work title').fill(GIFT);
        await author.getByLabel('Gift this work to').fill('wren');
        await author.getByLabel('Plain text').check();
        await author.getByLabel('Chapter text').fill('The lantern burned all night in the window.');
        await check(author, 'work-form');
        await author.getByRole('button', { name: 'Post', exact: true }).click();
        await author.waitForURL(/\/works\/\d+$/);
        const giftId = workIdOf(author.url());
        assert.equal(await author.locator('h3.byline a[rel="author"]').textContent(), 'Winter Quill (quill)');
        assert.equal(await author.locator('h3.byline a[rel="author"]').getAttribute('href'), '/users/quill/pseuds/Winter%20Quill');
        assert.equal(await author.locator('.notes li.gifts').textContent(), 'For wren.');
        await check(author, 'gift-work', true);
        await author.context().close();

        // The reader finds the gift on their gifts page, from their profile.
        await memberMenu(reader, 'My profile');
        await check(reader, 'profile');
        await reader.getByRole('link', { name: 'Gifts for wren' }).click();
        await reader.waitForURL(`${env.base}/users/wren/gifts`);
        const gift = reader.locator(`li#work_${giftId}`);
        assert.equal(await gift.getByRole('link', { name: GIFT }).count(), 1);
        assert.match(await gift.locator('.byline, h4.heading').first().textContent() ?? '', /Winter Quill \(quill\)/);
        await check(reader, 'gifts', true);

        // …opens it and comments with italics and a link, previewed before posting.
        await gift.getByRole('link', { name: GIFT }).click();
        await reader.waitForURL(`${env.base}/works/${giftId}`);
        const text = 'What a <em>gift</em>! I put it on <a href="https://example.org/recs">my recs page</a>.';
        await reader.getByLabel('Comment', { exact: true }).fill(text);
        await reader.getByRole('button', { name: 'Preview' }).click();
        const preview = reader.locator('.comment-preview blockquote');
        await preview.waitFor();
        assert.equal(await preview.locator('em').textContent(), 'gift');
        assert.equal(await preview.locator('a').getAttribute('href'), 'https://example.org/recs');
        assert.equal(await reader.getByLabel('Comment', { exact: true }).inputValue(), text, 'the text is kept for posting');
        await check(reader, 'comment-preview', true);
        await reader.getByRole('button', { name: 'Comment', exact: true }).click();
        await reader.locator('.flash').filter({ hasText: 'Comment created!' }).waitFor();
        const posted = reader.locator('#comments li.comment blockquote').filter({ hasText: 'What a gift!' });
        assert.equal(await posted.locator('em').textContent(), 'gift');
        const link = posted.locator('a');
        assert.equal(await link.textContent(), 'my recs page');
        assert.equal(await link.getAttribute('href'), 'https://example.org/recs');
        assert.equal(await link.getAttribute('rel'), 'nofollow noopener');
        await check(reader, 'comment-posted', true);
        await reader.context().close();

        // Reported: where the kudos button sits on the first chapter's page (below the first screen at both widths).
        t.diagnostic(`at ${width} px: Mark for Later top ${Math.round(markTop)} px, kudos top ${Math.round(kudosTop)} px (first screen ends at ${viewport.height} px)`);
      });
    });
  }
});
