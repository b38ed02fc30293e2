import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { workForm } from '../support/works.ts';
import { browserSkip, useBrowserArchive, axeInBothSchemes, logIn } from '../support/browser.ts';

const PASSWORD = 'a long test passphrase';

describe('subscriptions in Chromium (JavaScript off for the forms, on for axe)', { skip: browserSkip }, () => {
  let workUrl: string;
  const env = useBrowserArchive({ prepare: async (archive) => {
    const author = archive.visitor();
    await author.register('sub_author');
    workUrl = String((await author.post('/works', workForm({ 'work[title]': 'Followed in a browser', 'work[series_title]': 'Browser Cycle' }))).headers.location);
    await archive.visitor('203.0.113.20').register('sub_reader');
  } });

  test('subscribe from the work page and the profile, list, unsubscribe; the pages pass axe', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await logIn(page, env.base, 'sub_reader', PASSWORD);
    await page.goto(`${env.base}${workUrl}`);
    await page.locator('ul.work.navigation.actions li.subscribe').getByRole('button', { name: 'Subscribe' }).click();
    await page.locator('.flash').filter({ hasText: 'You are now subscribed to Followed in a browser' }).waitFor();
    assert.equal(new URL(page.url()).pathname, workUrl);
    await page.goto(`${env.base}/users/sub_author`);
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await page.locator('.flash').filter({ hasText: 'subscribed to sub_author' }).waitFor();
    await page.goto(`${env.base}/users/sub_reader`);
    await page.getByRole('link', { name: 'Your subscriptions' }).click();
    assert.equal(await page.locator('h1').textContent(), 'My Subscriptions');
    assert.equal(await page.getByRole('heading', { level: 2 }).count(), 2);
    await page.getByRole('button', { name: 'Unsubscribe from sub_author' }).click();
    await page.locator('.flash').filter({ hasText: 'You have unsubscribed.' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/users/sub_reader/subscriptions');
    assert.equal(await page.getByRole('button', { name: /^Unsubscribe/ }).count(), 1);
    await context.close();

    // Each page loaded once and checked in light and dark.
    const checked = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true });
    const p = await checked.newPage();
    await logIn(p, env.base, 'sub_reader', PASSWORD);
    for (const path of [workUrl, '/users/sub_author', '/users/sub_reader/subscriptions', `/series/${await seriesIdOf(p, workUrl)}`]) {
      await p.goto(`${env.base}${path}`);
      const violations = await axeInBothSchemes(p);
      assert.deepEqual(violations, [], `${path} as sub_reader: ${JSON.stringify(violations, null, 1)}`);
    }
    await checked.close();
  });
});

/** The series link of a work page. */
async function seriesIdOf(page: import('playwright-core').Page, workUrl: string): Promise<string> {
  const base = new URL(page.url()).origin;
  await page.goto(`${base}${workUrl}`);
  const href = await page.locator('dd.series a[href^="/series/"]').first().getAttribute('href');
  return href!.split('/').pop()!;
}
