/**
 * The read API's routes as a tool uses them, on both databases: every route answers what the matching web page
 * shows that reader (drafts, hidden, deleted and registered-only works, and a token member's blocklist, exactly as
 * on the web), lists page by cursor, and every answer matches the OpenAPI document the archive publishes, which
 * lists every route the API registered.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../support/databases.ts';
import { startArchive, type TestArchive } from '../support/archive.ts';
import { workForm } from '../support/works.ts';
import { workIdOf, chapterForm } from '../support/chapters.ts';
import { ApiClient, makeToken } from '../support/api.ts';
import type { Client } from '../support/client.ts';
import { registeredApiRoutes } from '../../src/web/api/plugin.ts';
import { routes } from '../../src/web/routes.ts';

const commentIdOf = (location: unknown): number => Number(/comment_(\d+)$/.exec(String(location))![1]);

for (const engine of engines()) {
  describe(`read API (${engine.name})`, () => {
    let archive: TestArchive;
    let api: ApiClient;
    let author: Client;
    let reader: Client;
    let readerToken: string;
    let authorToken: string;
    const ids: Record<string, number> = {};
    const titles = (body: { works: { title: string }[] }) => body.works.map((w) => w.title);

    before(async () => {
      archive = await startArchive(engine, { setUp: true });
      api = new ApiClient(archive);
      const admin = archive.visitor();
      await admin.login('admin', 'keeper of the archive');
      author = archive.visitor('198.51.100.31');
      reader = archive.visitor('198.51.100.32');
      const muted = archive.visitor('198.51.100.33');
      await author.register('api_writer');
      await reader.register('api_reader');
      await muted.register('api_muted');
      const post = async (client: Client, key: string, f: Record<string, string>) => {
        const res = await client.post('/works', workForm({ 'work[fandom_string]': 'Harbor Tales', ...f }));
        assert.equal(res.statusCode, 303, res.body.slice(0, 500));
        ids[key] = workIdOf(res.headers.location);
      };
      assert.equal((await reader.post('/collections', { 'collection[name]': 'api_fest', 'collection[title]': 'API Fest', 'collection[description]': 'For tools.', 'collection[open]': '1' })).statusCode, 303);
      await post(author, 'open', { 'work[title]': 'Open Lantern', 'work[collection_names]': 'api_fest', 'work[series_title]': 'Harbor Cycle', 'work[freeform_string]': 'Lighthouses', 'work[summary]': 'A keeper <em>waits</em>.<script>alert(1)</script>' });
      assert.equal((await author.post(`/works/${ids.open}/chapters`, chapterForm({ 'chapter[title]': 'Second Light', 'chapter[content]': 'The <b>lamp</b> again.' }))).statusCode, 303);
      await post(author, 'locked', { 'work[title]': 'Members Lantern', 'work[visibility]': 'registered', 'work[series_title]': 'Harbor Cycle' });
      await post(author, 'draft', { 'work[title]': 'Draft Lantern', commit: 'draft' });
      await post(author, 'hidden', { 'work[title]': 'Hidden Lantern' });
      await post(author, 'deleted', { 'work[title]': 'Deleted Lantern' });
      await post(muted, 'muted', { 'work[title]': 'Muted Lantern' });
      assert.equal((await admin.post(`/admin/works/${ids.hidden}/hide`, { reason: 'Needs a warning.' })).statusCode, 303);
      assert.equal((await author.post(`/works/${ids.deleted}/delete`, {})).statusCode, 303);
      assert.equal((await author.post('/users/api_writer/pseuds', { 'pseud[name]': 'Night Keeper', 'pseud[description]': 'After dark.' })).statusCode, 303);
      assert.equal((await admin.post('/tags/Harbor%20Tales/canonical', { 'tag[canonical]': '1' })).statusCode, 303);
      assert.equal((await admin.post('/tags/Lighthouses/canonical', { 'tag[canonical]': '1' })).statusCode, 303);
      assert.equal((await reader.post('/settings/blocklist', { 'block[kind]': 'user', 'block[name]': 'api_muted' })).statusCode, 303);
      assert.equal((await reader.post(`/works/${ids.open}/bookmarks`, { 'bookmark[notes]': 'reread', 'bookmark[private]': '1' })).statusCode, 303);
      assert.equal((await reader.post(`/works/${ids.locked}/mark_for_later`)).statusCode, 303);
      const first = await reader.post(`/works/${ids.open}/comments`, { 'comment[content]': 'Lovely light.' });
      assert.equal(first.statusCode, 303, first.body.slice(0, 300));
      ids.comment = commentIdOf(first.headers.location);
      ids.reply = commentIdOf((await author.post(`/works/${ids.open}/comments`, { 'comment[content]': 'Thank you!', 'comment[parent_id]': String(ids.comment) })).headers.location);
      ids.mutedComment = commentIdOf((await muted.post(`/works/${ids.open}/comments`, { 'comment[content]': 'Noise.' })).headers.location);
      readerToken = await makeToken(reader, 'reader tool');
      authorToken = await makeToken(author, 'author tool');
    });
    after(() => archive.close());

    test('works: guests see posted public works only; a token adds members-only works and leaves out what its member blocked', async () => {
      const guest = await api.json('/api/v1/works');
      assert.deepEqual(titles(guest).sort(), ['Muted Lantern', 'Open Lantern']);
      assert.equal(guest.hidden, 0);
      assert.equal(guest.next, null);
      const member = await api.json('/api/v1/works', 200, { token: readerToken });
      assert.deepEqual(titles(member).sort(), ['Members Lantern', 'Open Lantern']);
      assert.equal(member.hidden, 1, 'the muted member\'s work is counted as hidden');
      const open = guest.works.find((w: { title: string }) => w.title === 'Open Lantern');
      assert.equal(open.summaryHtml, '<p>A keeper <em>waits</em>.</p>', 'the sanitized summary');
      assert.deepEqual([open.chapters, open.complete], [{ posted: 2, expected: 2 }, true]);
      assert.deepEqual(open.tags.freeform.map((t: { name: string }) => t.name), ['Lighthouses']);
      assert.deepEqual(open.creators, [{ login: 'api_writer', pseud: 'api_writer', url: 'http://archive.test/users/api_writer/pseuds/api_writer' }]);
      assert.equal(open.url, `http://archive.test/works/${ids.open}`);
      // The web's filter parameters, unchanged.
      const sorted = await api.json('/api/v1/works?work_search[sort_column]=title_to_sort_on', 200, { token: readerToken });
      assert.deepEqual(titles(sorted), ['Members Lantern', 'Open Lantern']);
      const excluded = await api.json(`/api/v1/works?work_search[excluded_tag_names]=Lighthouses`);
      assert.deepEqual(titles(excluded), ['Muted Lantern']);
    });

    test('one work: metadata and chapter list; members-only asks for a token, hidden and drafts are not found, deleted is gone', async () => {
      const work = await api.json(`/api/v1/works/${ids.open}`);
      assert.equal(work.title, 'Open Lantern');
      assert.deepEqual(work.chapterList.map((c: { title: string; position: number }) => [c.position, c.title]), [[1, ''], [2, 'Second Light']]);
      assert.deepEqual(work.collections, [{ name: 'api_fest', title: 'API Fest' }]);
      assert.equal(work.series[0].title, 'Harbor Cycle');
      assert.equal((await api.json(`/api/v1/works/${ids.locked}`, 401)).error.code, 'token_required');
      assert.equal((await api.json(`/api/v1/works/${ids.locked}`, 200, { token: readerToken })).title, 'Members Lantern');
      assert.equal((await api.json(`/api/v1/works/${ids.hidden}`, 404)).error.code, 'not_found');
      assert.equal((await api.json(`/api/v1/works/${ids.hidden}`, 404, { token: readerToken })).error.code, 'not_found');
      assert.equal((await api.json(`/api/v1/works/${ids.draft}`, 404, { token: readerToken })).error.code, 'not_found');
      assert.equal((await api.json(`/api/v1/works/${ids.draft}`, 200, { token: authorToken })).visibility, 'draft', 'a creator reads their own draft');
      assert.equal((await api.json(`/api/v1/works/${ids.deleted}`, 410)).error.code, 'gone');
      assert.equal((await api.json('/api/v1/works/999999', 404)).error.code, 'not_found');
      assert.equal((await api.json('/api/v1/works/0x2', 404)).error.code, 'not_found', 'odd ids are no work, as on the web');
    });

    test('a chapter: its sanitized HTML as the web renders it, with its neighbours', async () => {
      const work = await api.json(`/api/v1/works/${ids.open}`);
      const [one, two] = work.chapterList as { id: number }[];
      const second = await api.json(`/api/v1/works/${ids.open}/chapters/${two!.id}`);
      assert.equal(second.title, 'Second Light');
      assert.match(second.bodyHtml, /The &lt;b&gt;lamp&lt;\/b&gt; again\./, 'plain text is escaped, as the web shows it');
      assert.deepEqual([second.previous, second.next], [one!.id, null]);
      const page = await reader.get(`/works/${ids.open}/chapters/${two!.id}`);
      assert.equal(page.statusCode, 200, page.body.slice(0, 300));
      assert.ok(page.body.includes(second.bodyHtml), 'the same HTML as the web page');
      assert.equal((await api.json(`/api/v1/works/${ids.locked}/chapters/${two!.id}`, 404, { token: readerToken })).error.code, 'not_found', 'another work\'s chapter');
    });

    test('comments: published ones in thread order; a token member does not get those of writers they muted', async () => {
      const guest = await api.json(`/api/v1/works/${ids.open}/comments`);
      assert.deepEqual(guest.comments.map((c: { id: number }) => c.id), [ids.comment, ids.reply, ids.mutedComment]);
      assert.deepEqual(guest.comments[1].author, { login: 'api_writer', name: 'api_writer' });
      assert.equal(guest.comments[1].parentId, ids.comment);
      const member = await api.json(`/api/v1/works/${ids.open}/comments`, 200, { token: readerToken });
      assert.deepEqual(member.comments.map((c: { id: number }) => c.id), [ids.comment, ids.reply]);
      assert.equal((await api.json(`/api/v1/works/${ids.locked}/comments`, 401)).error.code, 'token_required');
    });

    test('search: the words and filters of /works/search, under the same rules', async () => {
      assert.deepEqual(titles(await api.json('/api/v1/search?q=lantern')).sort(), ['Muted Lantern', 'Open Lantern']);
      assert.deepEqual(titles(await api.json('/api/v1/search?q=lantern', 200, { token: readerToken })).sort(), ['Members Lantern', 'Open Lantern']);
      const none = await api.json('/api/v1/search?q=');
      assert.deepEqual([none.works, none.problems.length > 0], [[], true]);
    });

    test('tags: canonical, synonyms, parents, children; a tag\'s works', async () => {
      const tag = await api.json('/api/v1/tags/Lighthouses');
      assert.deepEqual([tag.name, tag.kind, tag.canonical, tag.mergedInto], ['Lighthouses', 'freeform', true, null]);
      assert.equal(tag.url, 'http://archive.test/tags/Lighthouses');
      assert.deepEqual(titles(await api.json('/api/v1/tags/Lighthouses/works')), ['Open Lantern']);
      assert.deepEqual(titles(await api.json('/api/v1/tags/Harbor%20Tales/works', 200, { token: readerToken })).sort(), ['Members Lantern', 'Open Lantern']);
      assert.equal((await api.json('/api/v1/tags/No%20Such%20Tag', 404)).error.code, 'not_found');
    });

    test('people: a public profile with pseuds, their works, a pseud and its works', async () => {
      const user = await api.json('/api/v1/users/api_writer');
      assert.deepEqual(user.pseuds.map((p: { name: string }) => p.name).sort(), ['Night Keeper', 'api_writer']);
      assert.equal('email' in user, false, 'no email on a public profile');
      assert.deepEqual(titles(await api.json('/api/v1/users/api_writer/works')).sort(), ['Open Lantern']);
      assert.deepEqual(titles(await api.json('/api/v1/users/api_writer/works', 200, { token: readerToken })).sort(), ['Members Lantern', 'Open Lantern']);
      assert.deepEqual(titles(await api.json('/api/v1/users/api_writer/works', 200, { token: authorToken })).sort(), ['Draft Lantern', 'Members Lantern', 'Open Lantern'], 'their own drafts too, as on their web page');
      const pseud = await api.json('/api/v1/users/api_writer/pseuds/Night%20Keeper');
      assert.deepEqual([pseud.name, pseud.description, pseud.isDefault], ['Night Keeper', 'After dark.', false]);
      assert.deepEqual(titles(await api.json('/api/v1/users/api_writer/pseuds/api_writer/works')), ['Open Lantern']);
      assert.equal((await api.json('/api/v1/users/nobody_here', 404)).error.code, 'not_found');
    });

    test('series and collections', async () => {
      const seriesId = (await api.json(`/api/v1/works/${ids.open}`)).series[0].id;
      const guest = await api.json(`/api/v1/series/${seriesId}`);
      assert.deepEqual([guest.title, titles(guest)], ['Harbor Cycle', ['Open Lantern']]);
      assert.deepEqual(titles(await api.json(`/api/v1/series/${seriesId}`, 200, { token: readerToken })), ['Open Lantern', 'Members Lantern']);
      const list = await api.json('/api/v1/collections');
      assert.deepEqual(list.collections.map((c: { name: string; works: number }) => [c.name, c.works]), [['api_fest', 1]]);
      const one = await api.json('/api/v1/collections/api_fest');
      assert.deepEqual([one.title, one.owner, one.open], ['API Fest', 'api_reader', true]);
      assert.deepEqual(titles(await api.json('/api/v1/collections/api_fest/works')), ['Open Lantern']);
      assert.equal((await api.json('/api/v1/collections/none_such', 404)).error.code, 'not_found');
    });

    test('me: a token\'s member, their private bookmarks, history and drafts; guests are asked for a token', async () => {
      const me = await api.json('/api/v1/me', 200, { token: readerToken });
      assert.deepEqual([me.login, me.email], ['api_reader', 'api_reader@example.org']);
      const bookmarks = await api.json('/api/v1/me/bookmarks', 200, { token: readerToken });
      assert.deepEqual(bookmarks.bookmarks.map((b: { work: { title: string }; private: boolean }) => [b.work.title, b.private]), [['Open Lantern', true]]);
      const history = await api.json('/api/v1/me/history?show=to-read', 200, { token: readerToken });
      assert.deepEqual(history.history.map((h: { work: { title: string }; markedForLater: boolean }) => [h.work.title, h.markedForLater]), [['Members Lantern', true]]);
      assert.deepEqual(titles(await api.json('/api/v1/me/drafts', 200, { token: authorToken })), ['Draft Lantern']);
      assert.deepEqual(titles(await api.json('/api/v1/me/drafts', 200, { token: readerToken })), []);
      for (const path of ['/me', '/me/bookmarks', '/me/history', '/me/drafts']) assert.equal((await api.json(`/api/v1${path}`, 401)).error.code, 'token_required', path);
    });

    test('cursor pagination: `next` links walk every page once, with the filter kept', async () => {
      for (let i = 1; i <= 20; i++) {
        const res = await author.post('/works', workForm({ 'work[title]': `Filler ${String(i).padStart(2, '0')}`, 'work[fandom_string]': 'Filler Fandom' }));
        assert.equal(res.statusCode, 303);
      }
      const seen: string[] = [];
      let url: string | null = '/api/v1/works?work_search[sort_column]=title_to_sort_on';
      let pages = 0;
      while (url) {
        const page: { works: { title: string }[]; total: number; next: string | null } = await api.json(url);
        seen.push(...titles(page));
        assert.equal(page.total, 22);
        url = page.next && page.next.replace('http://archive.test', '');
        if (url) assert.match(url, /work_search%5Bsort_column%5D=title_to_sort_on&cursor=[\w-]+$/);
        pages++;
      }
      assert.equal(pages, 2);
      assert.equal(seen.length, 22);
      assert.deepEqual(seen, [...seen].sort((a, b) => a.localeCompare(b)));
    });

    test('OpenAPI: every route the API registered is documented, every documented route was answered here', async () => {
      const doc = await api.json('/api/v1/openapi.json');
      assert.equal(doc.openapi, '3.1.0');
      const documented = new Set(Object.keys(doc.paths).map((p) => `/api/v1${p.replace(/\{(\w+)\}/g, ':$1')}`));
      const registered = registeredApiRoutes(archive.app);
      const gets = registered.filter((r) => r.method === 'GET').map((r) => r.url);
      assert.deepEqual(new Set(gets), documented);
      assert.deepEqual(registered.filter((r) => r.method !== 'GET' && r.method !== 'HEAD').map((r) => `${r.method} ${r.url}`), ['OPTIONS /api/v1/*'], 'nothing but reading and CORS preflight');
      assert.deepEqual(routes.filter((r) => r.url.startsWith('/api/')), [], 'no API route outside the API plugin');
      assert.deepEqual([...api.answered].sort(), Object.keys(doc.paths).sort(), 'each documented route was called and its answer validated');
    });
  });
}
