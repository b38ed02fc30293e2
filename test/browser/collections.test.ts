import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { workForm } from '../support/works.ts';
import { browserSkip, useBrowserArchive, axeInBothSchemes, logIn } from '../support/browser.ts';

const PASSWORD = 'a long test passphrase';

describe('collections in Chromium (JavaScript off for the forms, on for axe)', { skip: browserSkip }, () => {
  const env = useBrowserArchive({ prepare: async (archive) => {
    const owner = archive.visitor();
    await owner.register('fest_owner');
    await owner.post('/collections', { 'collection[name]': 'browser_fest', 'collection[title]': 'Browser Fest', 'collection[description]': 'A <em>fest</em> for tests.', 'collection[open]': '1', 'collection[moderated]': '1' });
    const author = archive.visitor('203.0.113.21');
    await author.register('fest_author');
    await author.post('/works', workForm({ 'work[title]': 'Entered in a browser', 'work[collection_names]': 'browser_fest' }));
  } });

  test('the owner approves without JavaScript; the collection pages pass axe', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await logIn(page, env.base, 'fest_owner', PASSWORD);
    await page.goto(`${env.base}/collections/browser_fest`);
    await page.getByRole('link', { name: 'Approve and remove works' }).click();
    await page.getByRole('button', { name: 'Approve: Entered in a browser' }).click();
    await page.locator('.flash').filter({ hasText: 'The work was approved.' }).waitFor();
    await page.goto(`${env.base}/collections/browser_fest/works`);
    assert.equal(await page.locator('li.work.blurb').count(), 1);
    await context.close();

    // One context and login for the axe checks: each page loaded once and checked in light and dark.
    const checked = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true });
    const p = await checked.newPage();
    await logIn(p, env.base, 'fest_owner', PASSWORD);
    for (const path of ['/collections', '/collections/browser_fest', '/collections/browser_fest/works', '/collections/browser_fest/items', '/collections/browser_fest/edit', '/collections/new']) {
      await p.goto(`${env.base}${path}`);
      const violations = await axeInBothSchemes(p);
      assert.deepEqual(violations, [], `${path} as fest_owner: ${JSON.stringify(violations, null, 1)}`);
    }
    await checked.close();
  });
});
