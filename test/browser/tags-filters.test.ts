/** Tag pages, filtered listings, wrangling and the reader's lists in Chromium: axe-core, and filtering without JavaScript. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_PASSWORD } from '../support/archive.ts';
import { browserSkip, useBrowserArchive, contractExempt, axeViolations, logIn } from '../support/browser.ts';
import { workForm } from '../support/works.ts';

describe('tags and filters in Chromium', { skip: browserSkip }, () => {
  const env = useBrowserArchive({ prepare: async (archive) => {
    const writer = archive.visitor();
    await writer.register('writer');
    for (let i = 1; i <= 14; i++) {
      await writer.post('/works', workForm({ 'work[title]': `Story ${i}`, 'work[fandom_string]': i % 2 ? 'Star Trek' : 'Star Trek, Doctor Who', 'work[freeform_string]': `Tag ${i}, Snow`, 'work[wip_length]': i % 3 ? '1' : '?' }));
    }
    const admin = archive.visitor();
    await admin.login('admin', ADMIN_PASSWORD);
    await admin.post('/tags/Star%20Trek/canonical', { 'tag[canonical]': '1' });
    await admin.post('/tags/Star%20Trek/media', { 'tag[media]': 'TV Shows' });
    await admin.post('/settings/filters', { 'filter[name]': 'Complete', 'filter[query]': 'work_search[complete]=T' });
    await admin.post('/settings/blocklist', { 'block[kind]': 'tag', 'block[name]': 'Tag 3' });
  } });

  test('the pages have no axe-core violations', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true });
    const page = await context.newPage();
    await logIn(page, env.base, 'admin', ADMIN_PASSWORD);
    for (const path of ['/works', '/works?work_search[complete]=T', '/tags/Star%20Trek/works', '/tags/Star%20Trek', '/tags/Star%20Trek/edit', '/users/writer/works', '/media', '/media/TV%20Shows/fandoms', '/settings/blocklist', '/settings/filters']) {
      await page.goto(`${env.base}${path}`);
      const violations = contractExempt(await axeViolations(page));
      assert.deepEqual(violations, [], `${path}: ${JSON.stringify(violations, null, 1)}`);
    }
    await context.close();
  });

  test('the filter form works without JavaScript and pages keep the filter', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.base}/tags/Star%20Trek/works`);
    assert.match(await page.locator('h1').textContent() ?? '', /^14 Works in Star Trek/);
    await page.locator('summary', { hasText: 'More Options' }).click();
    await page.getByLabel('Completion status').selectOption('T');
    await page.getByRole('button', { name: 'Sort and Filter' }).first().click();
    assert.match(await page.locator('h1').textContent() ?? '', /^10 Works in Star Trek/);
    await page.locator('summary', { hasText: 'Include Fandoms' }).click();
    await page.getByRole('group', { name: 'Include Fandoms' }).getByLabel(/Doctor Who/).check();
    await page.getByRole('button', { name: 'Sort and Filter' }).last().click();
    assert.match(await page.locator('h1').textContent() ?? '', /^5 Works in Star Trek/);
    assert.match(page.url(), /work_search%5Bcomplete%5D=T/);
    await context.close();
  });
});
