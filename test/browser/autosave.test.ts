import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { ADMIN_PASSWORD } from '../support/archive.ts';
import { browserSkip, useBrowserArchive, axeViolations, logIn } from '../support/browser.ts';

describe('autosave in Chromium', { skip: browserSkip }, () => {
  const env = useBrowserArchive();


  test('typed text is saved, offered after a reload, and restored', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: true, bypassCSP: true });
    const page = await context.newPage();
    await logIn(page, env.base, 'admin', ADMIN_PASSWORD);
    await page.goto(`${env.base}/works/new`);
    // Save every 300 ms instead of 30 s.
    await page.locator('form[data-autosave]').evaluate((form: HTMLFormElement) => { form.dataset.autosaveInterval = '300'; });
    await page.getByLabel('Work title').fill('Typed in Chromium');
    await page.getByLabel('Chapter text').fill('Every word is kept.\n\nEven this one.');
    const status = page.locator('.autosave-status');
    await status.filter({ hasText: /Saved a copy at \d\d:\d\d/ }).waitFor({ timeout: 10_000 });

    await page.reload();
    const notice = page.locator('.autosave-notice');
    assert.match(await notice.textContent() ?? '', /You have unsaved text from [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d\s[AP]M UTC/);
    assert.equal(await page.getByLabel('Work title').inputValue(), '');
    // While the copy is offered, new typing does not overwrite it.
    await page.locator('form[data-autosave]').evaluate((form: HTMLFormElement) => { form.dataset.autosaveInterval = '300'; });
    await page.getByLabel('Work title').fill('Something else');
    await status.filter({ hasText: /restore or discard/ }).waitFor({ timeout: 10_000 });
    assert.deepEqual(await axeViolations(page), [], 'the form with the notice is accessible');

    await page.getByRole('link', { name: 'Restore it' }).click();
    await page.waitForURL(`${env.base}/works/new?restore=1`);
    assert.equal(await page.getByLabel('Work title').inputValue(), 'Typed in Chromium');
    assert.equal(await page.getByLabel('Chapter text').inputValue(), 'Every word is kept.\n\nEven this one.');
    assert.match(await page.locator('.autosave-notice').textContent() ?? '', /is restored below/);

    await page.getByRole('button', { name: 'Discard it' }).click();
    await page.waitForURL(`${env.base}/works/new`);
    assert.match(await page.locator('.flash').textContent() ?? '', /discarded/);
    assert.equal(await page.locator('.autosave-notice').count(), 0);
    await context.close();
  });

  test('a failed save says so in the status line', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    await logIn(page, env.base, 'admin', ADMIN_PASSWORD);
    await page.goto(`${env.base}/works/new`);
    await context.clearCookies({ name: 'quire_session' });
    await page.locator('form[data-autosave]').evaluate((form: HTMLFormElement) => { form.dataset.autosaveInterval = '300'; });
    await page.getByLabel('Work title').fill('Logged out meanwhile');
    await page.locator('.autosave-status').filter({ hasText: /Could not save a copy: you are no longer logged in/ }).waitFor({ timeout: 10_000 });
    await context.close();
  });

  test('a Spanish reader\'s status line is in Spanish, saved or not', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    await logIn(page, env.base, 'admin', ADMIN_PASSWORD);
    await context.setExtraHTTPHeaders({ 'accept-language': 'es' });
    await page.goto(`${env.base}/works/new`);
    assert.equal(await page.locator('html').getAttribute('lang'), 'es');
    await page.locator('form[data-autosave]').evaluate((form: HTMLFormElement) => { form.dataset.autosaveInterval = '300'; });
    const status = page.locator('.autosave-status');
    await page.locator('#work_title').fill('Escrito en español');
    await status.filter({ hasText: /^Copia guardada a las \d\d:\d\d\.$/ }).waitFor({ timeout: 10_000 });
    await context.clearCookies({ name: 'quire_session' });
    await page.locator('#work_title').fill('Sin sesión');
    await status.filter({ hasText: /^No se pudo guardar una copia: ya no tienes la sesión iniciada\./ }).waitFor({ timeout: 10_000 });
    await context.close();
  });
});
