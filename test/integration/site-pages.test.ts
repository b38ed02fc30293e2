/** Admin-written site texts (footer, disclaimer, support, contact, rules), fandom disclaimers, the site map, the taxonomy setting. */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, ADMIN_PASSWORD, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import type { Client } from '../support/client.ts';
import { tagByName } from '../../src/storage/tags.ts';
import { AO3_TAXONOMY } from '../../src/domain/taxonomy.ts';

const settingsForm = (overrides: Record<string, string> = {}) => ({
  'site[name]': 'Test Archive', 'site[footer_credit]': '', 'site[disclaimer_html]': '', 'site[support_html]': '', 'site[contact_html]': '', 'site[rules_html]': '', ...overrides,
});

for (const engine of engines()) {
  describe(`site pages and identity (${engine.name})`, () => {
    let archive: TestArchive;
    let admin: Client;
    let user: Client;
    let workUrl: string;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      admin = archive.visitor('203.0.113.50');
      await admin.login('admin', ADMIN_PASSWORD);
      user = archive.visitor('203.0.113.51');
      await user.register('plain_user');
      workUrl = String((await user.post('/works', workForm({ 'work[fandom_string]': 'Original Work, Star/Trek' }))).headers.location);
      await user.post('/works', workForm({ 'work[title]': 'Second', 'work[fandom_string]': 'Original Work' }));
      await user.post('/works', workForm({ 'work[title]': 'Hidden draft', 'work[fandom_string]': 'Draft Fandom', commit: 'draft' }));
    });
    after(() => archive.close());

    test('non-admins get 403, guests are sent to log in', async () => {
      for (const [method, url] of [['GET', '/admin/fandoms'], ['POST', '/admin/settings'], ['POST', '/admin/taxonomy'], ['POST', '/admin/fandoms/1/disclaimer']] as const) {
        const res = method === 'GET' ? await user.get(url) : await user.post(url, settingsForm({ 'site[name]': 'Hijacked', taxonomy: '{}', disclaimer: 'x' }));
        assert.equal(res.statusCode, 403, url);
        const guest = method === 'GET' ? await archive.visitor().get(url) : await archive.visitor().post(url, {});
        assert.equal(guest.statusCode, 303, url);
      }
      assert.doesNotMatch((await archive.visitor().get('/')).body, /Hijacked/);
    });

    test('admins write the footer, disclaimer, support, contact and rules texts, sanitized, each shown where it belongs', async () => {
      const res = await admin.post('/admin/settings', settingsForm({
        'site[footer_credit]': 'Hosted by <a href="https://fans.example.org/">Fans</a><script>alert(1)</script>',
        'site[disclaimer_html]': '<p>All characters belong to their owners.</p><img src=x onerror="alert(2)">',
        'site[support_html]': '<h2>Getting help</h2><p>Write to the <b>support team</b>.</p><script>alert(3)</script>',
        'site[contact_html]': '<p>Reach us at team@example.org.</p><style>body{display:none}</style>',
        'site[rules_html]': '<ol><li>Be kind.</li></ol><iframe src="https://evil.example"></iframe>',
      }));
      assert.equal(res.statusCode, 303, res.body.slice(0, 2000));
      const home = (await archive.visitor().get('/')).body;
      const footer = parse(home).querySelector('footer.site-footer')!;
      assert.match(footer.innerHTML, /Hosted by <a href="https:\/\/fans\.example\.org\/" rel="nofollow noopener">Fans<\/a>/);
      assert.match(footer.text, /runs on Quire/);
      for (const [href] of [['/site_map'], ['/support'], ['/contact'], ['/rules']]) assert.ok(footer.querySelector(`a[href="${href}"]`), href);
      const work = (await archive.visitor().get(workUrl)).body;
      assert.match(work, /All characters belong to their owners\./);
      const support = await archive.visitor().get('/support');
      assert.equal(support.statusCode, 200);
      assert.match(support.body, /<h2>Getting help<\/h2><p>Write to the <b>support team<\/b>\.<\/p>/);
      assert.match((await archive.visitor().get('/contact')).body, /Reach us at team@example\.org\./);
      assert.match((await archive.visitor().get('/rules')).body, /<li>Be kind\.<\/li>/);
      for (const body of [home, work, support.body, (await archive.visitor().get('/contact')).body, (await archive.visitor().get('/rules')).body]) {
        assert.doesNotMatch(body, /alert\(|onerror|<iframe|display:none/);
      }
      const form = (await admin.get('/admin/settings')).body;
      assert.match(form, /<textarea id="site_support_html"[^>]*>&lt;h2&gt;Getting help/);
    });

    test('an over-long text re-renders the settings with everything typed kept', async () => {
      const res = await admin.post('/admin/settings', settingsForm({ 'site[name]': 'Renamed', 'site[footer_credit]': 'x'.repeat(1001), 'site[rules_html]': 'Keep these rules' }));
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /Use at most 1,000 characters/);
      assert.match(res.body, /Keep these rules/);
      assert.match(res.body, /value="Renamed"/);
    });

    test('empty pages say so', async () => {
      const fresh = await startArchive(engine, { setUp: true });
      try {
        const res = await fresh.visitor().get('/rules');
        assert.equal(res.statusCode, 200);
        assert.match(res.body, /has not written this page yet/);
      } finally {
        await fresh.close();
      }
    });

    test('fandom disclaimers: found by prefix, saved sanitized, shown under the fandom’s works', async () => {
      const list = await admin.get('/admin/fandoms?q=orig');
      assert.equal(list.statusCode, 200);
      const fandom = (await tagByName(archive.app.db, 'fandom', 'Original Work'))!;
      assert.match(list.body, new RegExp(`action="/admin/fandoms/${fandom.id}/disclaimer"`));
      assert.doesNotMatch(list.body, /Star\/Trek/);
      const res = await admin.post(`/admin/fandoms/${fandom.id}/disclaimer`, { q: 'orig', disclaimer: '<p>Original characters are the author’s own.</p><script>alert(4)</script>' });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/admin/fandoms?q=orig');
      const work = (await archive.visitor().get(workUrl)).body;
      assert.match(work, /Original characters are the author’s own\./);
      assert.doesNotMatch(work, /alert\(4\)/);
      const tooLong = await admin.post(`/admin/fandoms/${fandom.id}/disclaimer`, { q: 'orig', disclaimer: `Kept ${'y'.repeat(5000)}` });
      assert.equal(tooLong.statusCode, 422);
      assert.match(tooLong.body, /Kept yyy/);
      const star = (await tagByName(archive.app.db, 'fandom', 'Star/Trek'))!;
      assert.equal((await admin.post('/admin/fandoms/999999/disclaimer', { disclaimer: 'x' })).statusCode, 404);
      const rating = (await tagByName(archive.app.db, 'rating', 'General Audiences'))!;
      assert.equal((await admin.post(`/admin/fandoms/${rating.id}/disclaimer`, { disclaimer: 'x' })).statusCode, 404, 'only fandoms');
      assert.ok(star);
    });

    test('the site map links the pages and the fandoms in use with their counts', async () => {
      const res = await archive.visitor().get('/site_map');
      assert.equal(res.statusCode, 200);
      const root = parse(res.body);
      const main = root.querySelector('main')!;
      for (const href of ['/', '/support', '/contact', '/rules']) assert.ok(main.querySelector(`a[href="${href}"]`), href);
      const fandoms = main.querySelectorAll('ul.fandoms li').map((li) => [li.querySelector('a')!.getAttribute('href'), li.text.replace(/\s+/g, ' ').trim()]);
      assert.deepEqual(fandoms, [['/tags/Original%20Work/works', 'Original Work (2)'], ['/tags/Star*s*Trek/works', 'Star/Trek (1)']]);
      assert.doesNotMatch(res.body, /Draft Fandom/);
    });

    test('taxonomy: invalid JSON and wrong shapes are refused with the text kept; a valid set is used; reset returns to AO3’s', async () => {
      const page = await admin.get('/admin/settings');
      assert.match(page.body, /Teen And Up Audiences/);
      const broken = await admin.post('/admin/taxonomy', { taxonomy: '{"ratings": [', commit: 'save' });
      assert.equal(broken.statusCode, 422);
      assert.match(broken.body, /not valid JSON/);
      assert.match(broken.body, /\{&quot;ratings&quot;: \[/);
      const shape = await admin.post('/admin/taxonomy', { taxonomy: '{"ratings": [{"name": "All Ages"}], "warnings": [], "categories": []}', commit: 'save' });
      assert.equal(shape.statusCode, 422);
      assert.match(shape.body, /adult/);
      const custom = { ratings: [{ name: 'All Ages', adult: false }, { name: 'Adults Only', adult: true }], warnings: [{ name: 'No Warnings', none: true }, { name: 'Violence' }], categories: ['Gen'] };
      const saved = await admin.post('/admin/taxonomy', { taxonomy: JSON.stringify(custom), commit: 'save' });
      assert.equal(saved.statusCode, 303, saved.body.slice(0, 1500));
      const posted = await user.post('/works', workForm({ 'work[title]': 'Custom rated', 'work[rating_string]': 'All Ages', 'work[archive_warning_strings][]': 'No Warnings' }));
      assert.equal(posted.statusCode, 303, posted.body.slice(0, 1500));
      assert.equal((await user.post('/works', workForm())).statusCode, 422, 'AO3 ratings are no longer offered');
      const reset = await admin.post('/admin/taxonomy', { taxonomy: 'ignored', commit: 'reset' });
      assert.equal(reset.statusCode, 303);
      assert.match((await admin.get('/admin/settings')).body, new RegExp(AO3_TAXONOMY.ratings[4]!.name));
      assert.equal((await user.post('/works', workForm({ 'work[title]': 'Back to AO3' }))).statusCode, 303);
    });
  });
}
