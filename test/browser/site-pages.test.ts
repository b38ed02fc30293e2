/** The front page with works, an author page, the site map and the site pages in Chromium: axe-core and narrow screens. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_PASSWORD } from '../support/archive.ts';
import { browserSkip, useBrowserArchive, contractExempt, axeViolations, axeInBothSchemes, logIn } from '../support/browser.ts';
import { workForm } from '../support/works.ts';

describe('site pages in Chromium', { skip: browserSkip }, () => {
  const pages = ['/', '/users/writer', '/users/writer/works', '/site_map', '/support', '/rules'];
  const env = useBrowserArchive({ prepare: async (archive) => {
    const writer = archive.visitor();
    await writer.register('writer');
    for (let i = 1; i <= 22; i++) {
      await writer.post('/works', workForm({
        'work[title]': `A story with a rather long title, number ${i}`,
        'work[summary]': 'A summary with <em>emphasis</em> that runs on for a while so that it wraps on a narrow screen.',
        'work[visibility]': i % 3 === 0 ? 'registered' : 'public',
        'work[category_strings][]': i % 2 ? ['F/F'] : ['Gen', 'M/M'],
        'work[series_title]': i < 3 ? 'The Long Series' : '',
      }));
    }
    const admin = archive.visitor();
    await admin.login('admin', ADMIN_PASSWORD);
    await admin.post('/admin/settings', {
      'site[name]': 'Test Archive', 'site[footer_credit]': 'Run by <a href="https://fans.example.org/">volunteers</a>.', 'site[disclaimer_html]': '',
      'site[support_html]': '<h2>Help</h2><p>Ask us.</p>', 'site[contact_html]': '', 'site[rules_html]': '<h2>Rules</h2><ol><li>Be kind.</li></ol>',
    });
  } });

  test('home with works, author page, works listing, site map and site pages have no axe-core violations, in light and dark', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(`${env.base}${path}`);
      const violations = await axeInBothSchemes(page);
      assert.deepEqual(violations, [], `${path} as a guest: ${JSON.stringify(violations, null, 1)}`);
    }
    await context.close();
  });

  test('the admin settings, fandom disclaimers and contact form have no axe-core violations', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true });
    const page = await context.newPage();
    await logIn(page, env.base, 'admin', ADMIN_PASSWORD);
    for (const path of ['/admin/settings', '/admin/fandoms?q=', '/users/writer/contact']) {
      await page.goto(`${env.base}${path}`);
      const violations = contractExempt(await axeViolations(page));
      assert.deepEqual(violations, [], `${path}: ${JSON.stringify(violations, null, 1)}`);
    }
    await page.goto(`${env.base}/users/writer/contact`);
    await page.getByRole('button', { name: 'Send message' }).click();
    assert.match(await page.locator('#contact_subject_error').textContent() ?? '', /Write a subject/);
    const violations = contractExempt(await axeViolations(page));
    assert.deepEqual(violations, [], `contact form with errors: ${JSON.stringify(violations, null, 1)}`);
    await context.close();
  });

  test('the pages fit a 320 px wide screen without sideways scrolling', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(`${env.base}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `${path} scrolls sideways by ${overflow}px`);
    }
    await page.goto(`${env.base}/users/writer`);
    assert.equal(await page.locator('li.blurb').count(), 15, 'a guest sees the 15 public works of 22');
    await context.close();
  });
});
