import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf } from '../support/chapters.ts';
import { pseudByName } from '../../src/storage/pseuds.ts';
import { userByLogin } from '../../src/storage/users.ts';
import { unzip } from '../support/unzip.ts';
import type { Client } from '../support/client.ts';

const byline = (body: string) => parse(body).querySelector('h3.byline')?.innerHTML.trim() ?? '';
const NIGHT_OWL = '<a rel="author" href="/users/penman/pseuds/Night%20Owl">Night Owl (penman)</a>';
const PENMAN = '<a rel="author" href="/users/penman/pseuds/penman">penman</a>';

for (const engine of engines()) {
  describe(`pseuds (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    let other: Client;
    let owlId = 0;
    let owlHours = 0;
    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor();
      await author.register('penman');
      other = archive.visitor();
      await other.register('other');
    });
    after(() => archive.close());

    const pseudId = async (login: string, name: string) => (await pseudByName(archive.app.db, (await userByLogin(archive.app.db, login))!.id, name))!.id;

    test('every account starts with its default pseud, named as its login, which cannot be deleted', async () => {
      const list = await archive.visitor().get('/users/penman/pseuds');
      assert.equal(list.statusCode, 200);
      const items = parse(list.body).querySelectorAll('li.pseud h2 a');
      assert.deepEqual(items.map((a) => [a.getAttribute('href'), a.text]), [['/users/penman/pseuds/penman', 'penman']]);
      const page = await archive.visitor().get('/users/penman/pseuds/penman');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Default pseud/);
      assert.equal((await author.post('/users/penman/pseuds/penman/delete')).statusCode, 403);
      assert.equal((await archive.visitor().get('/users/penman/pseuds/nobody')).statusCode, 404);
      assert.equal((await archive.visitor().get('/users/nobody/pseuds')).statusCode, 404);
    });

    test('a member adds a pseud; bad names and clashes come back on the form with what was typed', async () => {
      const bad = await author.post('/users/penman/pseuds', { 'pseud[name]': "Owl's <b>", 'pseud[description]': 'Keep me' });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /only letters, digits, spaces, underscores and hyphens/);
      assert.match(bad.body, /Keep me/);
      assert.doesNotMatch(bad.body, /<b>/);
      const made = await author.post('/users/penman/pseuds', { 'pseud[name]': 'Night Owl', 'pseud[icon_alt_text]': 'An owl', 'pseud[description]': 'Writes at night.\n\nMostly.' });
      assert.equal(made.statusCode, 303);
      assert.equal(made.headers.location, '/users/penman/pseuds/Night%20Owl');
      const clash = await author.post('/users/penman/pseuds', { 'pseud[name]': 'night owl', 'pseud[description]': 'Second try' });
      assert.equal(clash.statusCode, 422);
      assert.match(clash.body, /You already have a pseud with this name/);
      assert.match(clash.body, /Second try/);
      const page = await archive.visitor().get('/users/penman/pseuds/Night%20Owl');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<h1>Night Owl \(penman\)/);
      assert.match(page.body, /<p>Writes at night.<\/p><p>Mostly.<\/p>/);
      owlId = await pseudId('penman', 'Night Owl');
      // Another account may use the same name for its own pseud.
      assert.equal((await other.post('/users/other/pseuds', { 'pseud[name]': 'Night Owl' })).statusCode, 303);
    });

    test('only the holder manages an account’s pseuds', async () => {
      assert.equal((await other.post('/users/penman/pseuds', { 'pseud[name]': 'Intruder' })).statusCode, 403);
      assert.equal((await other.get('/users/penman/pseuds/new')).statusCode, 403);
      assert.equal((await other.get('/users/penman/pseuds/Night%20Owl/edit')).statusCode, 403);
      assert.equal((await other.post('/users/penman/pseuds/Night%20Owl/edit', { 'pseud[name]': 'Stolen' })).statusCode, 403);
      assert.equal((await other.post('/users/penman/pseuds/Night%20Owl/delete')).statusCode, 403);
      const guest = await archive.visitor().post('/users/penman/pseuds/Night%20Owl/delete');
      assert.match(String(guest.headers.location), /^\/users\/login/, 'guests are sent to log in');
      assert.ok(await pseudByName(archive.app.db, (await userByLogin(archive.app.db, 'penman'))!.id, 'Night Owl'));
    });

    test('the work form offers the pseuds; a work posted as the second pseud is credited to it everywhere', async () => {
      const form = parse((await author.get('/works/new')).body);
      const options = form.querySelectorAll('select#work_pseud_id option');
      assert.deepEqual(options.map((o) => o.text), ['penman (default)', 'Night Owl']);
      assert.ok(form.querySelector('label[for="work_pseud_id"]'));
      assert.equal(parse((await other.get('/works/new')).body).querySelectorAll('select#work_pseud_id option').length, 2);

      const id = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Owl Hours', 'work[pseud_id]': String(owlId) }))).headers.location);
      owlHours = id;
      const work = await archive.visitor().get(`/works/${id}`);
      assert.equal(byline(work.body), NIGHT_OWL);
      const navigate = parse((await archive.visitor().get(`/works/${id}/navigate`)).body);
      assert.equal(navigate.querySelectorAll('a[href="/users/penman/pseuds/Night%20Owl"]').length, 1);
      // Blurbs on the author's page, the pseud's pages, and the feed.
      const blurb = parse((await archive.visitor().get('/users/penman/works')).body).querySelector(`li#work_${id}`)!;
      assert.match(blurb.querySelector('h4.heading')!.innerHTML, new RegExp(NIGHT_OWL.replace(/[()]/g, '\\$&')));
      assert.ok(parse((await archive.visitor().get('/users/penman/pseuds/Night%20Owl/works')).body).querySelector(`li#work_${id}`));
      assert.ok(parse((await archive.visitor().get('/users/penman/pseuds/Night%20Owl')).body).querySelector(`li#work_${id}`));
      assert.equal(parse((await archive.visitor().get('/users/penman/pseuds/penman/works')).body).querySelector(`li#work_${id}`), null);
      const feed = (await archive.visitor().get('/users/penman/works.atom')).body;
      assert.match(feed, /<author>\s*<name>Night Owl \(penman\)<\/name>\s*<uri>http:\/\/archive.test\/users\/penman\/pseuds\/Night%20Owl<\/uri>/);
      // Downloads name the pseud.
      const txt = (await archive.visitor().get(`/downloads/${id}/Owl_Hours.txt`)).body;
      assert.match(txt, /^Owl Hours\nby Night Owl \(penman\)\n/);
      const html = (await archive.visitor().get(`/downloads/${id}/Owl_Hours.html`)).body;
      assert.match(html, /<a rel="author" href="http:\/\/archive.test\/users\/penman\/pseuds\/Night%20Owl">Night Owl \(penman\)<\/a>/);
      // Search by creator finds the pseud's name as well as the login.
      const search = (q: string) => archive.visitor().get(`/works/search?work_search[creators]=${encodeURIComponent(q)}`);
      assert.ok(parse((await search('Owl')).body).querySelector(`li#work_${id}`), 'found by pseud');
      assert.ok(parse((await search('penman')).body).querySelector(`li#work_${id}`), 'found by login');
    });

    test('posting as someone else’s pseud is refused (a tampered form)', async () => {
      const theirs = await pseudId('other', 'Night Owl');
      const res = await author.post('/works', workForm({ 'work[title]': 'Impostor', 'work[pseud_id]': String(theirs) }));
      assert.equal(res.statusCode, 403);
      assert.match(res.body, /only post as one of your own pseuds/);
      assert.equal((await author.post('/works', workForm({ 'work[title]': 'Nonsense', 'work[pseud_id]': 'x1' }))).statusCode, 403);
      const mine = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Mine' }))).headers.location);
      assert.equal(byline((await archive.visitor().get(`/works/${mine}`)).body), PENMAN);
      assert.equal((await author.post(`/works/${mine}/comments`, { 'comment[content]': 'Hi', 'comment[pseud_id]': String(theirs) })).statusCode, 403);
      assert.equal((await author.post(`/works/${mine}/bookmarks`, { 'bookmark[notes]': '', 'bookmark[pseud_id]': String(theirs) })).statusCode, 403);
      assert.equal(byline((await archive.visitor().get(`/works/${mine}`)).body), PENMAN);
    });

    test('editing a work changes the editor’s pseud; a co-creator shows their own choice', async () => {
      const id = workIdOf((await author.post('/works', workForm({ 'work[title]': 'Duet', 'work[co_creators]': 'other' }))).headers.location);
      await other.post(`/works/${id}/invitation`, { accept: '1' });
      const edit = parse((await author.get(`/works/${id}/edit`)).body);
      assert.equal(edit.querySelector('select#work_pseud_id option[selected]')!.text, 'penman (default)');
      const values = { 'work[title]': 'Duet', 'work[co_creators]': 'other' };
      assert.equal((await author.post(`/works/${id}`, workForm({ ...values, 'work[pseud_id]': String(owlId) }))).statusCode, 303);
      assert.equal((await other.post(`/works/${id}`, workForm({ ...values, 'work[co_creators]': 'penman', 'work[pseud_id]': String(await pseudId('other', 'Night Owl')) }))).statusCode, 303);
      assert.equal(byline((await archive.visitor().get(`/works/${id}`)).body),
        `${NIGHT_OWL}, <a rel="author" href="/users/other/pseuds/Night%20Owl">Night Owl (other)</a>`);
      assert.equal(parse((await author.get(`/works/${id}/edit`)).body).querySelector('select#work_pseud_id option[selected]')!.text, 'Night Owl');
    });

    test('comments and bookmarks are posted as a chosen pseud', async () => {
      const id = workIdOf((await other.post('/works', workForm({ 'work[title]': 'Read Me' }))).headers.location);
      const page = parse((await author.get(`/works/${id}`)).body);
      assert.deepEqual(page.querySelectorAll('select#comment_pseud_id option').map((o) => o.text), ['penman (default)', 'Night Owl']);
      assert.deepEqual(page.querySelectorAll('select#bookmark_pseud_id option').map((o) => o.text), ['penman (default)', 'Night Owl']);
      assert.equal((await author.post(`/works/${id}/comments`, { 'comment[content]': 'Hoot.', 'comment[pseud_id]': String(owlId) })).statusCode, 303);
      const comments = (await archive.visitor().get(`/works/${id}/comments`)).body;
      assert.match(comments, /<a href="\/users\/penman\/pseuds\/Night%20Owl">Night Owl \(penman\)<\/a>/);
      assert.equal((await author.post(`/works/${id}/bookmarks`, { 'bookmark[notes]': 'Good', 'bookmark[pseud_id]': String(owlId) })).statusCode, 303);
      const bookmarks = parse((await archive.visitor().get('/users/penman/bookmarks')).body);
      assert.equal(bookmarks.querySelector('p.bookmarker a')!.text, 'Night Owl (penman)');
      // The form remembers the bookmark's pseud.
      assert.equal(parse((await author.get(`/works/${id}`)).body).querySelector('select#bookmark_pseud_id option[selected]')!.text, 'Night Owl');
    });

    test('the holder’s data export lists their pseuds', async () => {
      const entries = unzip((await author.get('/users/penman/export')).rawPayload);
      const data = JSON.parse(entries.find((e) => e.name === 'account.json')!.data.toString());
      assert.deepEqual(data.pseuds.map((p: { name: string; default: boolean }) => [p.name, p.default]), [['penman', true], ['Night Owl', false]]);
      assert.equal(data.pseuds[1].description, 'Writes at night.\n\nMostly.');
    });

    test('renaming a pseud renames its bylines; deleting it moves its works, comments and bookmarks to the default', async () => {
      const clash = await author.post('/users/penman/pseuds/Night%20Owl/edit', { 'pseud[name]': 'PENMAN', 'pseud[description]': 'typed' });
      assert.equal(clash.statusCode, 422);
      assert.match(clash.body, /You already have a pseud with this name/);
      const renamed = await author.post('/users/penman/pseuds/Night%20Owl/edit', { 'pseud[name]': 'Barn Owl', 'pseud[description]': 'Renamed.' });
      assert.equal(renamed.statusCode, 303);
      assert.equal(renamed.headers.location, '/users/penman/pseuds/Barn%20Owl');
      assert.equal((await archive.visitor().get('/users/penman/pseuds/Night%20Owl')).statusCode, 404);
      assert.ok(parse((await archive.visitor().get('/users/penman/pseuds/Barn%20Owl/works')).body).querySelector(`li#work_${owlHours}`));
      const workPath = `/works/${owlHours}`;
      assert.match(byline((await archive.visitor().get(workPath)).body), /Barn Owl \(penman\)/);
      assert.ok(parse((await archive.visitor().get('/works/search?work_search[creators]=Barn')).body).querySelector('li.work'), 'the search index follows the rename');

      const gone = await author.post('/users/penman/pseuds/Barn%20Owl/delete');
      assert.equal(gone.statusCode, 303);
      assert.equal((await archive.visitor().get('/users/penman/pseuds/Barn%20Owl')).statusCode, 404);
      assert.equal(byline((await archive.visitor().get(workPath)).body), PENMAN);
      assert.ok(parse((await archive.visitor().get('/users/penman/pseuds/penman/works')).body).querySelector(`li#work_${owlHours}`), 'listed under the default pseud');
      const read = parse((await archive.visitor().get('/users/other/works')).body).querySelector('li.work h4.heading a')!.getAttribute('href')!;
      assert.match((await archive.visitor().get(`${read}/comments`)).body, /<a href="\/users\/penman\/pseuds\/penman">penman<\/a>/);
      const bookmarks = parse((await archive.visitor().get('/users/penman/bookmarks')).body);
      assert.equal(bookmarks.querySelector('p.bookmarker a')!.text, 'penman');
      const list = parse((await archive.visitor().get('/users/penman/pseuds')).body).querySelectorAll('li.pseud h2 a');
      assert.deepEqual(list.map((a) => a.text), ['penman']);
      // One pseud again: the forms show no menu, and posting uses the default.
      assert.equal(parse((await author.get('/works/new')).body).querySelector('select#work_pseud_id'), null);
    });
  });
}
