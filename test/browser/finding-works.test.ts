/**
 * Finding a work in Chromium, without JavaScript: filter a tag page by an included and an excluded tag and sort
 * it, save that filter and use it again from the settings page, then search for a phrase that only appears in
 * chapter 3 of a work and land on that chapter.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSkip, useBrowserArchive } from '../support/browser.ts';
import { workForm } from '../support/works.ts';
import { chapterForm, workIdOf } from '../support/chapters.ts';

describe('finding works in Chromium', { skip: browserSkip }, () => {
  const env = useBrowserArchive({ prepare: async (archive) => {
    const writer = archive.visitor();
    await writer.register('finder_writer');
    const post = (title: string, freeform: string) => writer.post('/works', workForm({ 'work[title]': title, 'work[fandom_string]': 'Star Trek', 'work[freeform_string]': freeform }));
    await post('Zephyr in the Snow', 'Snow, Angst');
    await post('Avalanche Letters', 'Snow, Angst');
    await post('Snowed In Together', 'Snow, Fluff');
    await post('Rain on Vulcan', 'Rain');
    const long = await writer.post('/works', workForm({ 'work[title]': 'The Long Voyage', 'work[fandom_string]': 'Star Trek', 'work[freeform_string]': 'Space', 'work[wip_length]': '3' }));
    const id = workIdOf(long.headers.location);
    await writer.post(`/works/${id}/chapters`, chapterForm({ 'chapter[title]': 'Second Watch', 'chapter[content]': 'The bridge was quiet.' }));
    await writer.post(`/works/${id}/chapters`, chapterForm({ 'chapter[title]': 'Third Watch', 'chapter[content]': 'Far below, the silver kettle sang at dawn.' }));
    await archive.visitor().register('finder_reader');
  } });

  test('filter, sort, save the filter, then find a line from chapter 3', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.base}/users/login`);
    await page.getByLabel('Username or email').fill('finder_reader');
    await page.getByLabel('Password').fill('a long test passphrase');
    await page.getByRole('button', { name: 'Log in' }).click();

    await page.goto(`${env.base}/tags/Star%20Trek/works`);
    const titles = () => page.locator('li.work.blurb h4.heading a:first-child').allTextContents();
    assert.equal((await titles()).length, 5);
    // Sections are collapsed to what is chosen in them; a reader opens the one they need.
    await page.locator('summary', { hasText: 'Include Additional Tags' }).click();
    await page.getByRole('group', { name: 'Include Additional Tags' }).getByLabel(/^Snow/).check();
    await page.locator('summary', { hasText: 'Exclude Additional Tags' }).click();
    await page.getByRole('group', { name: 'Exclude Additional Tags' }).getByLabel(/^Fluff/).check();
    await page.getByLabel('Sort by').selectOption({ label: 'Title' });
    await page.getByLabel('Direction').selectOption('asc');
    await page.getByRole('button', { name: 'Sort and Filter' }).first().click();
    assert.deepEqual(await titles(), ['Avalanche Letters', 'Zephyr in the Snow'], 'Snow without Fluff, by title');
    assert.match(await page.locator('summary', { hasText: 'Exclude Additional Tags' }).textContent() ?? '', /: Fluff/, 'a closed section shows what is chosen in it');
    assert.match(page.url(), /\/tags\/Star%20Trek\/works\?/, 'the filter is in the URL');

    await page.getByLabel('Save this filter as').fill('Snowy angst');
    await page.getByRole('button', { name: 'Save filter' }).click();
    assert.match(page.url(), /\/tags\/Star%20Trek\/works\?/, 'back on the listing');
    assert.deepEqual(await titles(), ['Avalanche Letters', 'Zephyr in the Snow'], 'still filtered');
    await page.goto(`${env.base}/settings/filters`);
    await page.getByRole('link', { name: 'Snowy angst' }).click();
    assert.deepEqual(await titles(), ['Avalanche Letters', 'Zephyr in the Snow'], 'the saved filter keeps the tag, the exclusion and the order');

    await page.getByRole('searchbox', { name: 'Search works' }).fill('"silver kettle sang"');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    assert.deepEqual(await titles(), ['The Long Voyage']);
    assert.match(await page.locator('.search-snippet mark').first().textContent() ?? '', /silver/i);
    await page.getByRole('link', { name: 'Read where this appears' }).click();
    assert.match(page.url(), /\/works\/\d+\/chapters\/\d+/);
    assert.match(await page.locator('.chapter.preface h3.title').textContent() ?? '', /Chapter 3: Third Watch/);
    assert.match(await page.locator('.userstuff.module').textContent() ?? '', /the silver kettle sang at dawn/);
    await context.close();
  });
});
