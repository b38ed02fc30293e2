/**
 * Members' listing pages (front page, /works, a tag's works, search) come from a template kept per node
 * (web/member-listing-pages.ts) with each member's own parts rendered into it. Each page a member gets is byte for
 * byte the page a node without the cache renders for them (tokens aside): a member with marks, one who wrote a
 * listed work, one who keeps no history, one with terms to accept, one with other reading settings. Members with a
 * blocklist or a default filter and staff get their listing rendered in full; a change shows at once, and held at
 * one revision the listing is stale while the member's own buttons stay current.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, type SecondNode, type TestArchive } from '../support/archive.ts';
import { Client } from '../support/client.ts';
import { bothWays, seeOther, startUncachedNode } from '../support/page-equality.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import { sql } from '../../src/storage/sql.ts';
import { putSetting } from '../../src/storage/settings.ts';
import { tagWorksPath } from '../../src/web/urls.ts';

/** A page with its CSRF tokens taken out. */
const comparable = (body: string, token: string) => body.replaceAll(token, 'TOKEN');
const listed = (body: string) => parse(body).querySelectorAll('li.blurb').map((li) => Number(li.id.replace('work_', '')));

for (const engine of engines()) {
  describe(`members' listing pages from a template (${engine.name})`, () => {
    let archive: TestArchive;
    /** A second node on the same database with the page cache off: what each member's page must be. */
    let plain: SecondNode;
    let author: Client;
    const members = new Map<string, Client>();
    const w = { lanterns: 0, locked: 0, own: 0, snow: 0 };
    const urls = ['/', '/works', tagWorksPath('Harbour Tales'), '/works/search?work_search[query]=lantern'];

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      plain = await startUncachedNode(archive);
      author = archive.visitor('198.51.100.1');
      await author.register('lst_author');
      const post = async (client: Client, o: Record<string, string>) => workIdOf((await client.post('/works', workForm({ 'work[fandom_string]': 'Harbour Tales', ...o }))).headers.location);
      w.lanterns = await post(author, { 'work[title]': 'Lanterns', 'chapter[content]': 'The lantern was lit at dusk.' });
      w.locked = await post(author, { 'work[title]': 'Members Only', 'work[visibility]': 'registered', 'chapter[content]': 'A lantern for members.' });
      w.snow = await post(author, { 'work[title]': 'Snowfall', 'work[freeform_string]': 'Snow', 'chapter[content]': 'A lantern in the snow.' });
      for (const [i, login] of ['lst_plain', 'lst_marker', 'lst_writer', 'lst_nohistory', 'lst_terms', 'lst_dark', 'lst_blocker', 'lst_default', 'lst_moderator'].entries()) {
        const client = archive.visitor(`198.51.100.${10 + i}`);
        await client.register(login);
        members.set(login, client);
      }
      w.own = await post(members.get('lst_writer')!, { 'work[title]': 'My Own Lantern', 'chapter[content]': 'My lantern.' });
      await seeOther(members.get('lst_marker')!.post(`/works/${w.lanterns}/mark_for_later`), 'mark');
      await seeOther(members.get('lst_writer')!.post(`/works/${w.snow}/mark_for_later`), 'mark');
      await seeOther(members.get('lst_nohistory')!.post('/settings/history', {}), 'history off');
      await seeOther(members.get('lst_dark')!.post('/settings/reading', { theme: 'dark', width: 'half', font_size: '4' }), 'reading settings');
      await seeOther(members.get('lst_blocker')!.post('/settings/blocklist', { 'block[kind]': 'tag', 'block[name]': 'Snow' }), 'block');
      const saver = members.get('lst_default')!;
      await seeOther(saver.post('/settings/filters', { 'filter[name]': 'No snow', 'filter[query]': 'work_search[excluded_tag_names]=Snow', 'filter[return_to]': '/works' }), 'save filter');
      const form = parse((await saver.get('/settings/filters')).body).querySelectorAll('form').find((f) => /\/default$/.test(f.getAttribute('action')!))!;
      await seeOther(saver.post(form.getAttribute('action')!, {}), 'default filter');
      await archive.app.db.run(sql`UPDATE users SET role = 'moderator' WHERE login = 'lst_moderator'`);
      await putSetting(archive.app.db, 'tos_version', '1');
      await archive.app.db.run(sql`UPDATE users SET tos_version = CASE WHEN login = 'lst_terms' THEN 0 ELSE 1 END`);
      // One-time messages (e.g. after logging in) are pages of their own: each member has seen theirs.
      for (const client of [...members.values(), author]) await client.get('/');
    });
    after(async () => {
      await plain.close();
      await archive.close();
    });


    test('every plain member gets, from the template, exactly the listing rendered for them', async () => {
      for (const url of urls) for (const login of ['lst_plain', 'lst_dark']) await members.get(login)!.get(url);
      for (const login of ['lst_plain', 'lst_marker', 'lst_writer', 'lst_nohistory', 'lst_terms', 'lst_dark']) {
        for (const url of urls) {
          const found = archive.app.pages.found;
          const [cached, rendered] = await bothWays(members.get(login)!, plain, url, comparable);
          assert.equal(archive.app.pages.found, found + 1, `${login} ${url}: served from the template`);
          assert.equal(cached, rendered, `${login} ${url}`);
        }
      }
    });

    test('each member\'s own parts are theirs: greeting, menu, Mark for Later, none on their own work or without a history', async () => {
      const page = async (login: string, url = '/works') => parse((await members.get(login)!.get(url)).body);
      const marker = await page('lst_marker');
      assert.equal(marker.querySelector('.user-name')?.text, 'lst_marker');
      assert.ok(marker.querySelector(`#work_${w.lanterns} form[action="/works/${w.lanterns}/mark_as_read"]`), 'marked for later');
      assert.ok(marker.querySelector(`#work_${w.snow} form[action="/works/${w.snow}/mark_for_later"]`));
      const writer = await page('lst_writer');
      assert.equal(writer.querySelector(`#work_${w.own} .actions.mark`), null, 'no button on their own work');
      assert.ok(writer.querySelector(`#work_${w.snow} form[action="/works/${w.snow}/mark_as_read"]`));
      assert.equal((await page('lst_nohistory')).querySelectorAll('.actions.mark').length, 0, 'no history, no buttons');
      assert.match((await page('lst_plain', '/')).toString(), /lst_plain/, 'the greeting names the member');
      assert.ok((await page('lst_terms')).querySelector('.member-notice a[href="/terms/accept"]'));
      assert.ok(listed((await members.get('lst_plain')!.get('/works')).body).includes(w.locked), 'members see members-only works');
    });

    test('a blocklist, a default filter or a staff role gets the listing rendered in full, and exact', async () => {
      for (const [login, url] of [['lst_blocker', '/works'], ['lst_blocker', '/'], ['lst_blocker', '/works/search?work_search[query]=lantern'], ['lst_default', '/works'], ['lst_moderator', '/works']] as const) {
        const found = archive.app.pages.found;
        const [cached, rendered] = await bothWays(members.get(login)!, plain, url, comparable);
        assert.equal(archive.app.pages.found, found, `${login} ${url}: rendered in full`);
        assert.equal(cached, rendered, `${login} ${url}`);
      }
      assert.ok(!listed((await members.get('lst_blocker')!.get('/works')).body).includes(w.snow), 'the blocked tag\'s work is out');
      assert.ok(!listed((await members.get('lst_default')!.get('/works')).body).includes(w.snow), 'the default filter (without Snow) applies');
    });

    test('a change shows at once; held at one revision the listing is stale while the member\'s buttons stay current', async () => {
      const reader = members.get('lst_plain')!;
      await reader.get('/works');
      const fresh = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Fresh Lantern', 'work[fandom_string]': 'Harbour Tales' }))).headers.location);
      assert.ok(listed((await reader.get('/works')).body).includes(fresh), 'a new work is listed at once');
      const listing = archive.app.ctx.listing;
      const held = listing.generation;
      Object.defineProperty(listing, 'generation', { get: () => held, set: () => undefined, configurable: true });
      try {
        const later = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Later Lantern', 'work[fandom_string]': 'Harbour Tales' }))).headers.location);
        await seeOther(reader.post(`/works/${fresh}/mark_for_later`), 'mark');
        await reader.get('/');
        const stale = parse((await reader.get('/works')).body);
        assert.ok(!listed(stale.toString()).includes(later), 'held still, the kept template is served');
        assert.ok(stale.querySelector(`#work_${fresh} form[action="/works/${fresh}/mark_as_read"]`), 'the member\'s own button is rendered for the request');
      } finally {
        delete (listing as { generation?: number }).generation;
        listing.generation = held + 1;
      }
      assert.equal(listed((await reader.get('/works')).body)[0] !== undefined, true);
    });
  });
}
