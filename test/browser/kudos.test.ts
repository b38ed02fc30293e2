import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { workForm } from '../support/works.ts';
import { browserSkip, useBrowserArchive, axeViolations } from '../support/browser.ts';

for (const javaScriptEnabled of [true, false]) {
  describe(`kudos in Chromium (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, { skip: browserSkip }, () => {
    let workUrl: string;
    const env = useBrowserArchive({ prepare: async (archive) => {
      const author = archive.visitor();
      await author.register('kudos_browser_author');
      workUrl = String((await author.post('/works', workForm({ 'work[title]': 'Kudos in a browser' }))).headers.location);
    } });

    test('a guest leaves kudos, then is told kindly that they already did', async () => {
      const context = await env.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${env.base}${workUrl}`);
      const button = page.getByRole('button', { name: 'Kudos' });
      await button.click();
      const told = javaScriptEnabled ? page.locator('#kudos_message') : page.locator('.flash');
      await told.filter({ hasText: 'Thank you for leaving kudos!' }).waitFor();
      assert.equal((await page.locator('#kudos').textContent())?.trim(), '♥ Kudos from 1 guest');
      if (javaScriptEnabled) assert.equal(new URL(page.url()).pathname, workUrl, 'no navigation');
      await page.getByRole('button', { name: 'Kudos' }).click();
      await told.filter({ hasText: 'You have already left kudos here. :)' }).waitFor();
      assert.equal((await page.locator('#kudos').textContent())?.trim(), '♥ Kudos from 1 guest');
      await context.close();
    });

    // axe runs as a script, so only with JavaScript on; the rest of the work page is checked by its own tests.
    test('the kudos block passes axe', { skip: !javaScriptEnabled }, async () => {
      const context = await env.browser.newContext({ javaScriptEnabled, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${env.base}${workUrl}`);
      await page.getByRole('button', { name: 'Kudos' }).click();
      await page.locator('#kudos_message').filter({ hasText: 'kudos' }).waitFor(); // the same address already left kudos above
      const violations = await axeViolations(page);
      const inBlock = await page.evaluate((vs) => vs.filter((v) => v.targets.some((t) => document.querySelector(t)?.closest('#feedback'))), violations);
      assert.deepEqual(inBlock, []);
      await context.close();
    });
  });
}
