import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'node-html-parser';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { chapterForm, workIdOf } from '../support/chapters.ts';
import { unzip } from '../support/unzip.ts';
import { markWorkDeleted } from '../../src/storage/works.ts';
import { sql } from '../../src/storage/sql.ts';
import type { Client } from '../support/client.ts';

const FORMATS = [
  ['epub', 'application/epub+zip'],
  ['pdf', 'application/pdf'],
  ['html', 'text/html; charset=utf-8'],
  ['txt', 'text/plain; charset=utf-8'],
] as const;

const isFile = (res: { headers: Record<string, unknown> }) => String(res.headers['content-disposition'] ?? '').startsWith('attachment');

for (const engine of engines()) {
  describe(`downloads (${engine.name})`, () => {
    let archive: TestArchive;
    let author: Client;
    let publicId: number;
    const post = async (overrides: Record<string, string | string[] | null> = {}) => {
      const res = await author.post('/works', workForm(overrides));
      assert.equal(res.statusCode, 303, res.body.slice(0, 1000));
      return workIdOf(res.headers.location);
    };
    const addChapter = async (id: number, overrides: Record<string, string | string[] | null> = {}) => {
      const res = await author.post(`/works/${id}/chapters`, chapterForm(overrides));
      assert.equal(res.statusCode, 303, res.body.slice(0, 1000));
    };

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      author = archive.visitor();
      await author.register('writer');
      publicId = await post({ 'work[wip_length]': '3' });
      await addChapter(publicId, { 'chapter[title]': 'The Thaw', 'chapter[content]': 'In the morning the snow had stopped.' });
      await addChapter(publicId, { 'chapter[title]': 'Оттепель', 'chapter[content]': 'Spring came & the river sang.' });
    });
    after(() => archive.close());

    for (const [ext, type] of FORMATS) {
      test(`${ext}: a public work downloads with its type, file name, caching and sandbox headers`, async () => {
        const res = await archive.visitor().get(`/downloads/${publicId}/The_Long_Way_Home.${ext}?updated_at=1700000000`);
        assert.equal(res.statusCode, 200, res.body.slice(0, 500));
        assert.equal(res.headers['content-type'], type);
        assert.equal(res.headers['content-disposition'], `attachment; filename="The_Long_Way_Home.${ext}"; filename*=UTF-8''The_Long_Way_Home.${ext}`);
        assert.equal(res.headers['cache-control'], 'private, max-age=0');
        assert.match(String(res.headers.etag), /^"[\w-]+"$/);
        assert.match(String(res.headers['content-security-policy']), /sandbox/);
        assert.match(String(res.headers['content-security-policy']), /default-src 'none'/);
        const body = res.rawPayload;
        if (ext === 'epub') assert.equal(body.subarray(30, 58).toString(), 'mimetypeapplication/epub+zip');
        if (ext === 'pdf') assert.equal(body.subarray(0, 5).toString(), '%PDF-');
        if (ext === 'html') assert.match(res.body, /<h1>The Long Way Home<\/h1>[\s\S]*The snow began at dusk\./);
        if (ext === 'txt') assert.match(res.body, /^The Long Way Home\nby writer\n[\s\S]*Spring came & the river sang\./);
      });
    }

    test('a chapter nested 10,000 levels deep (stored before the sanitizer bounded nesting) downloads in every format', async () => {
      const id = await post({ 'work[title]': 'Deep' });
      // Divs, quotes, lists and emphasis, 10,000 levels in all, the words at the bottom.
      const levels = ['<div>', '<blockquote>', '<ul><li>', '<b>', '<i>'];
      const open = Array.from({ length: 10_000 }, (_, i) => levels[i % levels.length]).join('');
      const close = open.replace(/<(\w+)>/g, '</$1>').split(/(?=<\/)/).reverse().join('');
      await archive.app.db.run(sql`UPDATE chapters SET body_html = ${`<p>Surface words.</p>${open}Deepest words.${close}<p>After the deep.</p>`} WHERE work_id = ${id}`);
      for (const [ext] of FORMATS) {
        const res = await archive.visitor().get(`/downloads/${id}/Deep.${ext}`);
        assert.equal(res.statusCode, 200, `${ext}: ${res.body.slice(0, 300)}`);
        if (ext === 'txt' || ext === 'html') assert.match(res.body, /Surface words\.[\s\S]*Deepest words\.[\s\S]*After the deep\./, ext);
        if (ext === 'epub') {
          const chapter = unzip(res.rawPayload).find((e) => e.name === 'OEBPS/chapter-001.xhtml')!.data.toString('utf8');
          assert.match(chapter, /Surface words\.[\s\S]*Deepest words\.[\s\S]*After the deep\./);
        }
      }
    });

    test('the EPUB holds every chapter, in order, one file each', async () => {
      const res = await archive.visitor().get(`/downloads/${publicId}/x.epub`);
      const entries = unzip(res.rawPayload);
      assert.equal(entries[0]!.name, 'mimetype');
      const chapters = entries.filter((e) => /^OEBPS\/chapter-\d+\.xhtml$/.test(e.name)).map((e) => e.data.toString('utf8'));
      assert.equal(chapters.length, 3);
      assert.match(chapters[0]!, /The snow began at dusk\.[\s\S]*By midnight the road was gone\./);
      assert.match(chapters[1]!, /<h2>Chapter 2: The Thaw<\/h2>[\s\S]*In the morning the snow had stopped\./);
      assert.match(chapters[2]!, /<h2>Chapter 3: Оттепель<\/h2>[\s\S]*Spring came &amp; the river sang\./);
      const opf = entries.find((e) => e.name === 'OEBPS/content.opf')!.data.toString('utf8');
      assert.match(opf, /<dc:creator id="creator-1">writer<\/dc:creator>/);
      assert.match(opf, /<dc:source>http:\/\/archive.test\/works\/\d+<\/dc:source>/);
    });

    test('the work page lists every format in li.download ul li a, root-relative', async () => {
      const page = parse((await archive.visitor().get(`/works/${publicId}`)).body);
      const links = page.querySelectorAll('li.download ul li a').map((a) => a.getAttribute('href')!);
      assert.equal(links.length, 4);
      for (const [ext] of FORMATS) {
        const href = links.find((h) => h.includes(`.${ext}?`));
        assert.ok(href, ext);
        assert.match(href, new RegExp(`^/downloads/${publicId}/The_Long_Way_Home\\.${ext}\\?updated_at=\\d+$`));
        assert.equal((await archive.visitor().get(href)).statusCode, 200);
      }
    });

    test('any slug works; an unknown format or a missing work is 404', async () => {
      assert.equal((await archive.visitor().get(`/downloads/${publicId}/anything.txt`)).statusCode, 200);
      assert.equal((await archive.visitor().get(`/downloads/${publicId}/The_Long_Way_Home.mobi`)).statusCode, 404);
      assert.equal((await archive.visitor().get(`/downloads/${publicId}/epub`)).statusCode, 404);
      assert.equal((await archive.visitor().get('/downloads/999999/x.epub')).statusCode, 404);
      assert.equal((await archive.visitor().get('/downloads/abc/x.epub')).statusCode, 404);
    });

    test('ETag: a matching If-None-Match gets 304; a new chapter changes the tag', async () => {
      const id = await post({ 'work[wip_length]': '' });
      const url = `/downloads/${id}/The_Long_Way_Home.epub`;
      const first = await archive.visitor().get(url);
      const etag = String(first.headers.etag);
      const again = await archive.visitor().get(url, { 'if-none-match': etag });
      assert.equal(again.statusCode, 304);
      assert.equal(again.body, '');
      assert.equal(again.headers.etag, etag);
      assert.equal((await archive.visitor().get(url, { 'if-none-match': `"other", W/${etag}` })).statusCode, 304);
      assert.equal((await archive.visitor().get(url.replace('.epub', '.txt'), { 'if-none-match': etag })).statusCode, 200, 'each format has its own tag');
      await addChapter(id, { 'chapter[content]': 'A brand new chapter.' });
      const changed = await archive.visitor().get(url, { 'if-none-match': etag });
      assert.equal(changed.statusCode, 200);
      assert.notEqual(changed.headers.etag, etag);
      assert.ok(unzip(changed.rawPayload).some((e) => e.data.toString('utf8').includes('A brand new chapter.')));
    });

    test('a registered-only work sends guests to log in (a redirect, never a page in place of the file); members download it', async () => {
      const id = await post({ 'work[visibility]': 'registered', 'work[title]': 'Members only' });
      for (const [ext] of FORMATS) {
        const path = `/downloads/${id}/Members_only.${ext}`;
        const guest = await archive.visitor().get(path);
        assert.equal(guest.statusCode, 303, ext);
        assert.equal(guest.headers.location, `/users/login?return_to=${encodeURIComponent(path)}`);
        assert.match(decodeURIComponent(guest.cookies.find((c) => c.name === 'quire_flash')?.value ?? ''), /only available to registered users/);
        assert.ok(!isFile(guest), ext);
        assert.doesNotMatch(guest.body, /The snow began/);
      }
      const member = archive.visitor();
      await member.register('member');
      await member.post('/users/logout');
      const back = await member.post('/users/login', { 'user[login]': 'member', 'user[password]': 'a long test passphrase', return_to: `/downloads/${id}/Members_only.txt` });
      assert.equal(back.headers.location, `/downloads/${id}/Members_only.txt`, 'logging in leads back to the download');
      const res = await member.get(`/downloads/${id}/Members_only.txt`);
      assert.equal(res.statusCode, 200);
      assert.ok(isFile(res));
      assert.match(res.body, /The snow began at dusk\./);
    });

    test('a draft is 404 to everyone but its creator', async () => {
      const id = await post({ commit: 'draft', 'work[title]': 'Secret draft' });
      const url = `/downloads/${id}/Secret_draft.epub`;
      assert.equal((await archive.visitor().get(url)).statusCode, 404);
      const other = archive.visitor();
      await other.register('snoop');
      assert.equal((await other.get(url)).statusCode, 404);
      const own = await author.get(url.replace('.epub', '.txt'));
      assert.equal(own.statusCode, 200);
      assert.match(own.body, /The snow began at dusk\./);
    });

    test('a deleted work is 410', async () => {
      const id = await post({ 'work[title]': 'Gone soon' });
      assert.equal((await archive.visitor().get(`/downloads/${id}/Gone_soon.pdf`)).statusCode, 200);
      await markWorkDeleted(archive.app.db, id, Date.now());
      for (const [ext] of FORMATS) {
        const res = await archive.visitor().get(`/downloads/${id}/Gone_soon.${ext}`);
        assert.equal(res.statusCode, 410);
        assert.ok(!isFile(res));
      }
    });

    test('an adult work downloads without the interstitial (a download is an explicit choice)', async () => {
      const id = await post({ 'work[rating_string]': 'Explicit', 'work[title]': 'Grown-up' });
      const guest = archive.visitor();
      assert.match((await guest.get(`/works/${id}`)).body, /This work could have adult content/);
      const res = await guest.get(`/downloads/${id}/Grown_up.txt`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Rating: Explicit/);
      assert.match(res.body, /The snow began at dusk\./);
    });
  });
}
