/**
 * Series bookmarks: the series page's bookmark form (new, edit, delete, "Bookmark as"), its `Bookmarks:` count linking
 * to /series/{id}/bookmarks, series blurbs on a member's bookmarks page, privacy, series nobody may see, the blocklist.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import { seriesOfWorks } from '../../src/storage/series.ts';
import type { Client } from '../support/client.ts';
import { sql } from '../../src/storage/sql.ts';
import { unzip } from '../support/unzip.ts';

/** The series page's `Bookmarks:` link (AO3's series stats), as [href, text]. */
const countLink = (body: string) => {
  const dd = parse(body).querySelector('dl.series dl.stats dd.bookmarks');
  const a = dd?.querySelector('a');
  return a ? [a.getAttribute('href'), a.text.trim()] : undefined;
};
/** The series titles linked from a bookmarks page. */
const seriesListed = (body: string) => parse(body).querySelectorAll('li.bookmark.series h2.heading a[href^="/series/"]').map((a) => a.text.trim());

for (const engine of engines()) {
  describe(`series bookmarks (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    let reader: Client;
    let picky: Client;
    const series = { seasons: 0, secret: 0, members: 0, fleeting: 0 };
    const works = { fleeting: 0 };

    /** Posts a work into a series; returns the work and series ids. */
    const post = async (title: string, seriesTitle: string, extra: Record<string, string> = {}) => {
      const id = workIdOf((await author.post('/works', workForm({ 'work[title]': title, 'work[series_title]': seriesTitle, ...extra }))).headers.location);
      return { id, seriesId: (await seriesOfWorks(archive.app.db, [id])).get(id)![0]!.seriesId };
    };

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor();
      reader = archive.visitor();
      picky = archive.visitor();
      await author.register('seasonal');
      await reader.register('shelver');
      await picky.register('picky');
      series.seasons = (await post('Spring', 'Seasons')).seriesId;
      await post('Summer', 'Seasons');
      series.secret = (await post('Unfinished', 'Secret Plans', { commit: 'draft' })).seriesId;
      series.members = (await post('Inside Only', 'Members Corner', { 'work[visibility]': 'registered' })).seriesId;
      const fleeting = await post('Here Today', 'Fleeting');
      series.fleeting = fleeting.seriesId;
      works.fleeting = fleeting.id;
    });
    after(() => archive.close());

    test('the series page has the bookmark form for members (not guests) and a Bookmarks: count linking to its bookmarks', async () => {
      const page = parse((await reader.get(`/series/${series.seasons}`)).body);
      for (const sel of ['input#bookmark_tag_string', 'input#bookmark_private', 'input#bookmark_rec', 'textarea#bookmark_notes']) assert.ok(page.querySelector(sel), sel);
      assert.equal(page.querySelector('form#bookmark-form')!.getAttribute('action'), `/series/${series.seasons}/bookmarks`);
      assert.match(page.querySelector('#bookmark-heading')!.text, /Bookmark this series/);
      const guest = await archive.visitor().get(`/series/${series.seasons}`);
      assert.equal(parse(guest.body).querySelector('#bookmark_notes'), null);
      assert.deepEqual(countLink(guest.body), [`/series/${series.seasons}/bookmarks`, '0']);
      // AO3's markup: the dt says "Bookmarks:" just before the dd holding the link.
      assert.match(guest.body, /<dt class="bookmarks">Bookmarks:<\/dt><dd class="bookmarks"><a href="\/series\/\d+\/bookmarks">0<\/a><\/dd>/);
    });

    test('bookmark, see it counted and listed, edit it (private: uncounted, owner only), delete it', async () => {
      const saved = await reader.post(`/series/${series.seasons}/bookmarks`, { 'bookmark[notes]': 'All <em>four</em><script>x</script>', 'bookmark[tag_string]': 'cozy, reread', 'bookmark[rec]': '1' });
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.headers.location, `/series/${series.seasons}`);
      assert.deepEqual(countLink((await archive.visitor().get(`/series/${series.seasons}`)).body), [`/series/${series.seasons}/bookmarks`, '1']);
      const list = await archive.visitor().get(`/series/${series.seasons}/bookmarks`);
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /Bookmarked by <a[^>]*href="\/users\/shelver\/pseuds\/shelver"/);
      assert.match(list.body, /All <em>four<\/em>/);
      assert.doesNotMatch(list.body, /<script>x/);
      const mine = await archive.visitor().get('/users/shelver/bookmarks');
      assert.deepEqual(seriesListed(mine.body), ['Seasons']);
      const blurb = parse(mine.body).querySelector('li.bookmark.series')!;
      assert.match(blurb.text, /seasonal/);
      assert.match(blurb.querySelector('dd.works')!.text, /^2$/);
      assert.match(blurb.text, /cozy, reread/);
      assert.match(blurb.text, /Recommended/);

      // Bookmarked: the page shows the edit form, posting to /bookmarks/{id} with _method=put, filled in.
      const edit = parse((await reader.get(`/series/${series.seasons}`)).body);
      const form = edit.querySelector('form#bookmark-form')!;
      const bookmarkId = /^\/bookmarks\/(\d+)$/.exec(form.getAttribute('action') ?? '')?.[1];
      assert.ok(bookmarkId, 'edit form action');
      assert.equal(form.querySelector('input[name="_method"]')!.getAttribute('value'), 'put');
      assert.equal(form.querySelector('#bookmark_tag_string')!.getAttribute('value'), 'cozy, reread');
      assert.match(edit.querySelector('#bookmark-heading')!.text, /Edit your bookmark/);
      const updated = await reader.post(`/bookmarks/${bookmarkId}`, { _method: 'put', 'bookmark[notes]': 'just for me', 'bookmark[tag_string]': '', 'bookmark[private]': '1' });
      assert.equal(updated.statusCode, 303);
      assert.equal(updated.headers.location, `/series/${series.seasons}`);
      assert.deepEqual(countLink((await archive.visitor().get(`/series/${series.seasons}`)).body)?.[1], '0');
      assert.doesNotMatch((await archive.visitor().get(`/series/${series.seasons}/bookmarks`)).body, /shelver/);
      assert.doesNotMatch((await picky.get(`/series/${series.seasons}/bookmarks`)).body, /just for me/);
      assert.deepEqual(seriesListed((await picky.get('/users/shelver/bookmarks')).body), []);
      const own = await reader.get('/users/shelver/bookmarks');
      assert.deepEqual(seriesListed(own.body), ['Seasons']);
      assert.match(own.body, /<span class="private">Private<\/span>/);
      assert.match((await reader.get(`/series/${series.seasons}/bookmarks`)).body, /just for me/, 'the owner sees their private bookmark');
      // Someone else's bookmark id answers as a missing one.
      assert.equal((await picky.post(`/bookmarks/${bookmarkId}`, { _method: 'put', 'bookmark[notes]': 'mine now' })).statusCode, 404);

      const removed = await reader.post(`/series/${series.seasons}/bookmarks/delete`, {});
      assert.equal(removed.statusCode, 303);
      assert.deepEqual(seriesListed((await reader.get('/users/shelver/bookmarks')).body), []);
      assert.ok(parse((await reader.get(`/series/${series.seasons}`)).body).querySelector(`form#bookmark-form[action="/series/${series.seasons}/bookmarks"]`));
    });

    test('"Bookmark as" one of the member\'s pseuds; another account\'s pseud is refused', async () => {
      assert.equal((await reader.post('/users/shelver/pseuds', { 'pseud[name]': 'Night Shelf', 'pseud[description]': '' })).statusCode, 303);
      const options = parse((await reader.get(`/series/${series.seasons}`)).body).querySelectorAll('select#bookmark_pseud_id option');
      assert.equal(options.length, 2);
      const night = options.find((o) => o.text.includes('Night Shelf'))!.getAttribute('value')!;
      assert.equal((await reader.post(`/series/${series.seasons}/bookmarks`, { 'bookmark[notes]': 'as night', 'bookmark[pseud_id]': night })).statusCode, 303);
      assert.match((await archive.visitor().get(`/series/${series.seasons}/bookmarks`)).body, /href="\/users\/shelver\/pseuds\/Night%20Shelf">Night Shelf \(shelver\)</);
      assert.match((await archive.visitor().get('/users/shelver/bookmarks')).body, /Night Shelf \(shelver\)/);
      assert.equal((await picky.post(`/series/${series.seasons}/bookmarks`, { 'bookmark[notes]': 'x', 'bookmark[pseud_id]': night })).statusCode, 403);
    });

    test('a series nobody may see cannot be bookmarked; one that becomes unseen leaves every listing', async () => {
      assert.equal((await reader.post(`/series/${series.secret}/bookmarks`, { 'bookmark[notes]': 'x' })).statusCode, 404, 'drafts only');
      assert.equal((await reader.post('/series/99999/bookmarks', { 'bookmark[notes]': 'x' })).statusCode, 404);
      assert.equal((await reader.post('/series/abc/bookmarks/delete', {})).statusCode, 404);
      assert.equal((await archive.visitor().get(`/series/${series.secret}/bookmarks`)).statusCode, 404);
      // Members-only works: the series shows to members, not guests.
      assert.equal((await reader.post(`/series/${series.members}/bookmarks`, { 'bookmark[notes]': 'members' })).statusCode, 303);
      assert.equal((await reader.post(`/series/${series.fleeting}/bookmarks`, { 'bookmark[notes]': 'fleeting' })).statusCode, 303);
      assert.deepEqual(seriesListed((await picky.get('/users/shelver/bookmarks')).body).sort(), ['Fleeting', 'Members Corner', 'Seasons']);
      const guest = await archive.visitor().get('/users/shelver/bookmarks');
      assert.deepEqual(seriesListed(guest.body).sort(), ['Fleeting', 'Seasons']);
      assert.doesNotMatch(guest.body, /Members Corner|Inside Only/);
      assert.equal((await archive.visitor().get(`/series/${series.members}/bookmarks`)).statusCode, 404);
      // Its only work deleted, the series is gone from the listings (its owner's too) and its bookmarks page is 404.
      assert.equal((await author.post(`/works/${works.fleeting}/delete`, {})).statusCode, 303);
      assert.doesNotMatch((await reader.get('/users/shelver/bookmarks')).body, /Fleeting/);
      assert.doesNotMatch((await archive.visitor().get('/users/shelver/bookmarks')).body, /Fleeting/);
      assert.equal((await reader.get(`/series/${series.fleeting}/bookmarks`)).statusCode, 404);
    });

    test('the data export lists series bookmarks by series, naming only the series the holder may still see', async () => {
      const res = await reader.get('/users/shelver/export');
      assert.equal(res.statusCode, 200);
      const data = JSON.parse(unzip(res.rawPayload).find((e) => e.name === 'account.json')!.data.toString());
      const bySeries = new Map((data.bookmarks as { seriesId?: number; title: string | null; url: string; workId?: number }[]).filter((b) => b.seriesId !== undefined).map((b) => [b.seriesId!, b]));
      assert.equal(bySeries.get(series.seasons)!.title, 'Seasons');
      assert.equal(bySeries.get(series.seasons)!.url, `http://archive.test/series/${series.seasons}`);
      assert.equal(bySeries.get(series.members)!.title, 'Members Corner');
      assert.equal(bySeries.get(series.fleeting)!.title, null, 'its only work deleted');
      assert.ok([...bySeries.values()].every((b) => b.workId === undefined));
    });

    test('the blocklist: bookmarks by blocked users leave a series\' bookmarks; series by blocked creators leave a bookmarks page', async () => {
      assert.equal((await picky.post('/settings/blocklist', { 'block[kind]': 'user', 'block[name]': 'shelver' })).statusCode, 303);
      const list = parse((await picky.get(`/series/${series.seasons}/bookmarks`)).body);
      assert.equal(list.querySelectorAll('li.blurb').length, 0);
      assert.match(list.querySelector('.blocklist-notice')!.text, /1 bookmark hidden by/);
      assert.equal(parse((await archive.visitor().get(`/series/${series.seasons}/bookmarks`)).body).querySelectorAll('li.blurb').length, 1);
      assert.equal((await picky.post('/settings/blocklist', { 'block[kind]': 'user', 'block[name]': 'seasonal' })).statusCode, 303);
      const page = parse((await picky.get('/users/shelver/bookmarks')).body);
      assert.deepEqual(page.querySelectorAll('li.bookmark.series').length, 0);
      assert.match(page.querySelector('.blocklist-notice')!.text, /2 bookmarks hidden by/);
    });

    test('bad input keeps what was typed and links back to the series; guests are sent to log in', async () => {
      const bad = await reader.post(`/series/${series.seasons}/bookmarks`, { 'bookmark[notes]': 'kept thoughts', 'bookmark[tag_string]': 'bad*tag' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /kept thoughts/);
      assert.match(bad.body, /value="bad\*tag"/);
      assert.match(bad.body, new RegExp(`<h1>Bookmark <a href="/series/${series.seasons}">Seasons</a></h1>`));
      const guest = await archive.visitor().post(`/series/${series.seasons}/bookmarks`, { 'bookmark[notes]': 'x' });
      assert.equal(guest.statusCode, 303);
      assert.match(String(guest.headers.location), /login/);
    });

    test('the database holds exactly one target per bookmark', async () => {
      const db = archive.app.db;
      const user = await db.get<{ id: number }>(sql`SELECT id FROM users WHERE login = ${'picky'}`);
      const insert = (workId: number | null, seriesId: number | null) => db.run(sql`INSERT INTO bookmarks (user_id, work_id, series_id, private, rec, created_at, updated_at)
        VALUES (${user!.id}, ${workId}, ${seriesId}, ${false}, ${false}, ${1}, ${1})`);
      await assert.rejects(insert(null, null));
      await assert.rejects(insert(works.fleeting, series.seasons));
      const rows = await db.all<{ series_id: number | null; work_id: number | null }>(sql`SELECT series_id, work_id FROM bookmarks`);
      assert.ok(rows.length > 0 && rows.every((r) => (r.series_id === null) !== (r.work_id === null)));
    });

    test('a series\' bookmarks come 20 a page', async () => {
      const db = archive.app.db;
      for (let i = 0; i < 25; i++) {
        const login = `fan_${i}`;
        await db.run(sql`INSERT INTO users (login, login_key, email, email_key, password_hash, created_at) VALUES (${login}, ${login}, ${`${login}@example.org`}, ${`${login}@example.org`}, ${'x'}, ${1})`);
        const user = await db.get<{ id: number }>(sql`SELECT id FROM users WHERE login = ${login}`);
        await db.run(sql`INSERT INTO bookmarks (user_id, series_id, private, rec, created_at, updated_at) VALUES (${user!.id}, ${series.seasons}, ${false}, ${false}, ${i + 10}, ${i + 10})`);
      }
      const first = parse((await archive.visitor().get(`/series/${series.seasons}/bookmarks`)).body);
      const total = Number(countLink((await archive.visitor().get(`/series/${series.seasons}`)).body)![1]);
      assert.equal(first.querySelectorAll('li.blurb').length, 20);
      assert.ok(first.querySelector(`ol.pagination a[href="/series/${series.seasons}/bookmarks?page=2"]`));
      const second = parse((await archive.visitor().get(`/series/${series.seasons}/bookmarks?page=2`)).body);
      assert.equal(second.querySelectorAll('li.blurb').length, total - 20);
      const logins = (doc: typeof first) => doc.querySelectorAll('li.blurb h2 a').map((a) => a.text.trim());
      assert.deepEqual(logins(second).slice(-2), ['fan_1', 'fan_0'], 'newest first');
      assert.ok(logins(first).indexOf('fan_24') < logins(first).indexOf('fan_23'));
    });
  });
}
